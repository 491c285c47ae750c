type t = A | B | C
let f = function A | B -> 1 | C | A -> 2
