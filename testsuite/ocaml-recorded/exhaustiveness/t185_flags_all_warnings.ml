(* flags: -w +a *)
let f = function Some x -> x | None -> 0 | Some 1 -> 2
