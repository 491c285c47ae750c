let total = function ((x : int), y) -> x + y
let pick ((l : string list), n) = List.nth l n
