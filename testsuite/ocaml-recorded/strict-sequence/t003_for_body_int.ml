(* flags: -strict-sequence *)
let count () = for i = 1 to 3 do i * 2 done
