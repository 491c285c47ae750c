let f = function [] -> 0 | Some x :: _ -> x
