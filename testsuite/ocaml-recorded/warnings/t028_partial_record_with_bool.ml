type flag = { name : string; on : bool }
let label = function { on = true; name } -> name
