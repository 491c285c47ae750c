type t = A | B | C
let f = function A -> 1 | (A | B) -> 2 | C -> 3
