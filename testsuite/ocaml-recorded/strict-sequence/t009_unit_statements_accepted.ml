(* flags: -strict-sequence *)
let log = ref []
let note s = log := s :: !log; print_string s; List.length !log
