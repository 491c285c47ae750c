(* flags: -no-strict-sequence -strict-sequence *)
let f () = "a"; ()
