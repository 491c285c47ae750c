let rec f = function [] -> 0 | _ :: t -> 1 + f t
