(* flags: -w +4 *)
type t = A | B | C
let f x y = match x, y with
  | A, _ -> 1
  | _, true -> 2
  | (B | C), false -> 3
