type t = Aaaaaaaaaaaaaaaa | Bbbbbbbbbbbbbbbbb | Cccccccccccccccccc | Ddddddddddddddddddd | Eeeeeeeeeeeeeeeeee | Ffffffffffffffffff
let f = function Aaaaaaaaaaaaaaaa -> 1
