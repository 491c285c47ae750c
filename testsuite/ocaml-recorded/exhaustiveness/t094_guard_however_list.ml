let k = function [x; y] when x > y -> 1 | [1; (2 as y)] -> y
