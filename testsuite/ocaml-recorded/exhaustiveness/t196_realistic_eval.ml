type op = Plus | Minus | Times | Div
type expr = Lit of int | Bin of op * expr * expr
let rec eval e = match e with
  | Lit n -> n
  | Bin (Plus, a, b) -> eval a + eval b
  | Bin (Minus, a, b) -> eval a - eval b
  | Bin (Times, a, b) -> eval a * eval b
