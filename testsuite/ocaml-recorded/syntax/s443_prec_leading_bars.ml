type t = | A | B of int
let f = function | A -> 0 | B n -> n
let g x = match x with | A | B _ -> ()
