(* flags: -w +27 *)
let const x y = x
let is_some = function Some x -> true | None -> false
