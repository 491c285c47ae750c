type t = A of int | B of int
let f = function
  | (A x, A y, _) | (A y, _, A x) when x > y -> 1
  | _ -> 0
