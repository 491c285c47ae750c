(* flags: -w -26 *)
let f o = let unused = 1 in match o with Some x -> x
