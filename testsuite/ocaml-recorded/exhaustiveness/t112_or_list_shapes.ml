let f = function [] | [_] -> 0 | _ :: _ :: [] -> 1
