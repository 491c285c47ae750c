type token = Eof | Num of int
let is_eof = function Eof _ -> true | Num _ -> false
