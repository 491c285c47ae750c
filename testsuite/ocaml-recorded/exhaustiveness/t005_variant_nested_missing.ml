type expr = Num of int | Add of expr * expr | Neg of expr
let simplify = function
  | Add (Num 0, e) -> e
  | Num n -> Num n
  | Neg e -> Neg e
