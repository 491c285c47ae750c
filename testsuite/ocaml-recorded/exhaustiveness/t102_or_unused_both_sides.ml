type t = A | B | C
let f = function A | B -> 1 | (A | B) | C -> 2
