exception E
let f = function E -> 1
exception E
let g = function E -> 1 | _ -> 0
