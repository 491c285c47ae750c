type t = A of int | B of int
let f = function
  | (A x, _) | (_, A x) when true -> x
  | _ -> 0
