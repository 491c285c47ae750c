(* A type of an `open struct ... end` at the top of a file that the file's
   signature shows (through a weak type determined later): OCaml's error
   names it by a stamp. *)
open struct type t = T end
let r = ref []
let () = r := [T]
