let f = function [| x |] -> x | [| 0 |] -> 1 | _ -> 2
