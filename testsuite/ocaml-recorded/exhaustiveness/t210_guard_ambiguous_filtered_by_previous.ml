type t = A of int | B of int
let f x = match x with
  | (A a, A _) -> a
  | (A a, _) | (_, A a) when a > 0 -> 1
  | _ -> 0
