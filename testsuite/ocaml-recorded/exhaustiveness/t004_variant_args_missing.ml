type expr = Num of int | Add of expr * expr | Neg of expr
let rec eval = function
  | Num n -> n
  | Add (a, b) -> eval a + eval b
