type op = Plus | Minus | Times
type expr = Const of float | Var of string | Binop of op * expr * expr
let rec eval env = function
  | Const c -> c
  | Var v -> List.assoc v env
  | Binop (Plus, a, b) -> eval env a +. eval env b
  | Binop (Minus, a, b) -> eval env a -. eval env b
  | Binop (Times, a, b) -> eval env a *. eval env b
