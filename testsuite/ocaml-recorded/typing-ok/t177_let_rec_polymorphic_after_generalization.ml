let rec map f = function [] -> [] | x :: t -> f x :: map f t
let strings = map string_of_int [1; 2]
let lengths = map String.length strings
