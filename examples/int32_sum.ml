(* An int literal where an int32 was expected. *)
let total = Int32.add 40l 2
