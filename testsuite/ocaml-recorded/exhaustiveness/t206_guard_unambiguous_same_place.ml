type t = A of int | B of int
let f = function
  | (A x | B x) when x > 0 -> 1
  | _ -> 0
