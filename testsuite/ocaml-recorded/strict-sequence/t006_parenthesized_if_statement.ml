(* flags: -strict-sequence *)
let f x = (if x then 1 else 2); "done"
