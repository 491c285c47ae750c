(* flags: -strict-sequence *)
let twice () = List.map succ; [1]
