(* Reading tokens from a stream of characters, with peek and junk *)
let rec skip_blanks s =
  match Stream.peek s with
  | Some (' ' | '\t' | '\n') -> Stream.junk s; skip_blanks s
  | _ -> ()

let read_number s =
  let rec loop acc =
    match Stream.peek s with
    | Some ('0' .. '9' as c) -> Stream.junk s; loop ((acc * 10) + Char.code c - Char.code '0')
    | _ -> acc
  in
  loop 0

let numbers s =
  let rec loop acc =
    skip_blanks s;
    match Stream.peek s with
    | None -> List.rev acc
    | Some ('0' .. '9') -> loop (read_number s :: acc)
    | Some c -> raise (Stream.Error (Printf.sprintf "unexpected %C at %d" c (Stream.count s)))
  in
  loop []

let squares n = Stream.from (fun i -> if i < n then Some (i * i) else None)

let sum_stream s =
  let total = ref 0 in
  Stream.iter (fun x -> total := !total + x) s;
  !total

let first_two s =
  match Stream.npeek 2 s with
  | [ a; b ] -> Some (a, b)
  | _ -> None

let next_or s default = try Stream.next s with Stream.Failure -> default

let () =
  List.iter (Printf.printf "%d ") (numbers (Stream.of_string "12 7  300\n4"));
  Printf.printf "\n%d\n" (sum_stream (squares 10));
  let words = Stream.of_list [ "a"; "b"; "c" ] in
  ignore (first_two words);
  print_endline (next_or words "none");
  Stream.empty (Stream.of_list [])
