type token = Num of int | Op of char
let eval = function Num 0 -> 0 | Op '+' -> 1
