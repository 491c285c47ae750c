let only = function [| x |] -> x
