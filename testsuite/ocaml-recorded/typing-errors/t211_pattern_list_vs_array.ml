let sum = function [| a; b |] -> a + b | [a] -> a | _ -> 0
