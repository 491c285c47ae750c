(* Reading input: sum of the numbers on stdin, a Buffer-built report *)
let read_lines () =
  let rec loop acc = match input_line stdin with
    | line -> loop (line :: acc)
    | exception End_of_file -> List.rev acc
  in
  loop []

let sum_lines lines = List.fold_left (fun acc l -> acc + int_of_string (String.trim l)) 0 lines

let report lines =
  let b = Buffer.create 256 in
  List.iteri (fun i l -> Buffer.add_string b (Printf.sprintf "%3d: %s\n" (i + 1) l)) lines;
  Buffer.add_string b (Printf.sprintf "total = %d\n" (sum_lines lines));
  Buffer.contents b

let () = if Array.length Sys.argv > 1 then print_string (report (read_lines ()))
