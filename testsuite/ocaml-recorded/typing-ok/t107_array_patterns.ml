let sum3 = function [| a; b; c |] -> a + b + c | _ -> 0
let first = function [||] -> None | a -> Some a.(0)
