type ('a, 'b) either = Left of 'a | Right of 'b
let lefts l = List.filter_map (function Left x -> Some x | Right _ -> None) l
let swap = function Left x -> Right x | Right y -> Left y
