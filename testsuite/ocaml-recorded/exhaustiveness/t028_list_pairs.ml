let f = function [] -> 0 | (0, _) :: _ -> 1
