type 'a seq = Nil | Cons of 'a * 'a seq
let rec length = function Nil -> 0 | Cons (_, t) -> 1 + length t
let rec of_list = function [] -> Nil | x :: t -> Cons (x, of_list t)
