(* `exception` in the handler of a `try` *)
let read ic =
  try input_line ic with
  | exception End_of_file -> ""
