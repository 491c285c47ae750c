let f = function [||] -> 0
