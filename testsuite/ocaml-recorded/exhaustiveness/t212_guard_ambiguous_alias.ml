type t = A of int | B of int
let f = function
  | ((A x as z), _) | (_, (A x as z)) when x > 0 -> ignore z; 1
  | _ -> 0
