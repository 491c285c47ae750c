(* flags: -w -3 *)
(* Warning 3 is the deprecated alert: -3 turns it off. *)
let lower = String.lowercase "ABC"
let copy = String.copy "abc"
