let odd_or_zero = function x when x mod 2 -> x | _ -> 0
