(* flags: -strict-sequence -no-strict-sequence *)
let f () = "a"; ()
