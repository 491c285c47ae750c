type t = A | B
let f = function (A, A) -> 1 | ((A | B), (A | B)) -> 2 | (B, B) -> 3
