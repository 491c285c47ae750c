type _ expr =
  | Int : int -> int expr
  | Bool : bool -> bool expr
let eval_int (Int n) = n
