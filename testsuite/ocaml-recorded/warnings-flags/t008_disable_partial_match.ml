(* flags: -w -8 *)
let name = function 0 -> "zero" | 1 -> "one"
let head = function x :: _ -> x
