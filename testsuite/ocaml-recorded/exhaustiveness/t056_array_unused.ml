let f = function [| _ |] -> 1 | [| 1 |] -> 2 | _ -> 3
