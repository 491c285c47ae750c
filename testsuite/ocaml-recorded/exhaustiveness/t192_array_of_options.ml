let f = function [| Some _ |] -> 1 | [| None |] -> 2
