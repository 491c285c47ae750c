let rec last = function [x] -> x | _ :: t -> last t
