(* Printf as programs use it: a table with widths, floats with a precision,
   a custom printer through %a, a width given as an argument. *)
type item = { name : string; qty : int; price : float }

let pp_item oc it = Printf.fprintf oc "%s x%d" it.name it.qty

let report items =
  Printf.printf "%-10s %5s %8s\n" "name" "qty" "price";
  List.iter (fun it -> Printf.printf "%-10s %5d %8.2f\n" it.name it.qty it.price) items;
  let total = List.fold_left (fun acc it -> acc +. (float_of_int it.qty *. it.price)) 0. items in
  Printf.printf "total: %.2f%%%!\n" total;
  List.iter (Printf.printf "%a\n" pp_item) items

let label n = Printf.sprintf "item #%03d" n
let padded w s = Printf.sprintf "[%*s]" w s
let warn fmt = Printf.eprintf ("warning: " ^^ fmt ^^ "\n")
let log_to b x = Printf.bprintf b "%d;" x
let fail_with n = Printf.ksprintf failwith "bad value %d" n
let show_bool b = Printf.sprintf "%b/%B" b (not b)
let hex n = Printf.sprintf "%x %X %o %#x" n n n n
let quoted s c = Printf.sprintf "%S %C %c" s c c
let wide = Printf.sprintf "%ld %Ld %nd" 1l 2L 3n
let stamp = Printf.sprintf "%e %g %F" 1e10 0.5 3.
let thunk = Printf.sprintf "%t" (fun () -> "x")
