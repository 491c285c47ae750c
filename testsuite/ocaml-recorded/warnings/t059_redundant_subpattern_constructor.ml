type t = A | B | C
let f = function (A | B | A) -> 1 | C -> 2
