let f = function 0 -> "a"
let g = function Some x -> x | None -> 0
let h = g (Some "x")
