let sum = function [||] -> 0 | [| a |] -> a | [| a; b |] -> a + b
