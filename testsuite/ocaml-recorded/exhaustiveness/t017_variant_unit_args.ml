type t = A of unit | B of unit * unit
let f = function A () -> 1
