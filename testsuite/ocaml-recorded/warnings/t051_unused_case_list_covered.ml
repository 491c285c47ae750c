let len = function [] -> 0 | _ :: _ -> 1 | [_] -> 2
