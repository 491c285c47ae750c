(* exception cases are not values: the match still lacks a case; an exception case twice is unused *)
let first l = match List.hd l with
  | Some x -> x
  | exception Failure _ -> 0
  | exception Failure "hd" -> 1

let pick tbl k = match Hashtbl.find tbl k with
  | exception _ -> "none"
  | exception Not_found -> "missing"
  | s -> s
