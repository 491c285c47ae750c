type t = A of int * int | B
let f = function
  | A (_, _) -> 1
  | B -> 2
  | A
      (1,
       2) -> 3
