(* flags: -strict-sequence *)
let f () = 1; 2
