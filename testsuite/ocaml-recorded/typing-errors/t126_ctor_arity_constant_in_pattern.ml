type token = Eof | Num of int
let is_eof = function Eof x -> true | Num _ -> false
