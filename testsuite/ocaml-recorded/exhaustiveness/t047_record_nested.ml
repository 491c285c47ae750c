type inner = { v : bool }
type outer = { i : inner; n : int }
let f = function { i = { v = true }; n = _ } -> 1
