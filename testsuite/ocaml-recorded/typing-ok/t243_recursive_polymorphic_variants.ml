let rec f = function `A x -> f x | `B -> 0
let rec g x = match x with `Cons (h, t) -> h :: g t | `Nil -> []
let v = g (`Cons (1, `Cons (2, `Nil)))
let rec mk n = if n = 0 then `Nil else `Cons (n, mk (n - 1))
let w = mk 3
let x = f (`A (`A `B))
let rec loop x = match x with `A -> loop `B | `B -> 1 | `C y -> loop y
