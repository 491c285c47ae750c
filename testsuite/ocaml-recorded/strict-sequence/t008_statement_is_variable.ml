(* flags: -strict-sequence *)
let f g x = g x; x
let h = f (fun y -> y + 1) 2
