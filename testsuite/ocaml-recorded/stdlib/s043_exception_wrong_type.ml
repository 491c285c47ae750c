(* the argument of `exception` is a pattern of type exn *)
let count s = match String.index s ' ' with
  | i -> i
  | exception 0 -> -1
