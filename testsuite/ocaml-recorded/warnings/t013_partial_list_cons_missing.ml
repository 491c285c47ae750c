let is_empty = function [] -> true
