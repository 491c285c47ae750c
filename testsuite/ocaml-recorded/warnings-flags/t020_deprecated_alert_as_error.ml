(* flags: -w @3 *)
(* @3 makes the deprecated alert an error: the signature is printed, and
   the status is 2. *)
let lower = String.lowercase "ABC"
let upper = String.uppercase_ascii "abc"
