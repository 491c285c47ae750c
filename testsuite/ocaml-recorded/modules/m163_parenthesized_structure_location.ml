(* A module expression between parentheses is located without them. *)
module N : sig val x : int end = ((struct let y = 2 end))
