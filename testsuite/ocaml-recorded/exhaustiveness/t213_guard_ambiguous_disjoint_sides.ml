type t = A of int | B of int
let f = function
  | (A x, B y) | (B y, A x) when x > y -> 1
  | _ -> 0
