let f = function [x] -> x | [] -> 0
