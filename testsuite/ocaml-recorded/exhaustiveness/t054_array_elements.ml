let f = function [| true; _ |] -> 1 | [| false; _ |] -> 2
