let rec eval = function
  | `Num n -> n
  | `Add (a, b) -> eval a + eval b
  | `Neg a -> - (eval a)
let e = eval (`Add (`Num 1, `Zz (`Num 2)))
