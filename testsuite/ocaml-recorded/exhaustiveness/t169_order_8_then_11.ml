type t = A | B | C
let f = function A -> 1 | A -> 2 | B -> 3
