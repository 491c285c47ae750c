type cmd = Quit | Move of int * int | Say of string | Wait
let all_simple = [Quit; Wait]
let run = function Quit -> 0 | Wait -> 1 | Move (x, y) -> x + y | Say s -> String.length s
