type point = { x : int; y : int }
let f p = match p with { x = 0; y = _ } -> true
