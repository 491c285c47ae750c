(* flags: -w -a *)
let f x = let y = 1 in match x with 0 -> x
let g l = List.map succ l; 0
