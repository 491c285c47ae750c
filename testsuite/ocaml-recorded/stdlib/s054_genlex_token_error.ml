(* Genlex.Int carries an int, not the text of the number *)
let is_zero = function Genlex.Int "0" -> true | _ -> false
