(* flags: -strict-sequence *)
let loop n = while n > 0 do n done
