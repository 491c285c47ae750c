type expr = Num of int | Add of expr * expr | Block of stmt list
and stmt = Print of expr | Assign of string * expr
let rec eval = function
  | Num n -> n
  | Add (a, b) -> eval a + eval b
  | Block stmts -> List.length stmts
