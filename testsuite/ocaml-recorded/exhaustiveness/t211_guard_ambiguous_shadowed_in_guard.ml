type t = A of int | B of int
let f = function
  | (A x, _) | (_, A x) when (let x = 1 in x > 0) -> 1
  | _ -> 0
