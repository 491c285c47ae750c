type t = A | B | C | D
let f = function (A | B), (C | D) -> 1 | (C | D), _ -> 2 | _, (A | B) -> 3
