(* flags: -strict-sequence *)
let f l = ignore (List.length l); List.length l; ()
