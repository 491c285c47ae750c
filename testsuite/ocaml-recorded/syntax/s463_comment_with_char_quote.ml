(* the char '"' is a double quote, and '\'' a single one *)
let q = '"'
