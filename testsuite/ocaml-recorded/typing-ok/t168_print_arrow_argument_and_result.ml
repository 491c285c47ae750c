let apply_to_zero f = f 0
let make_adder n = fun m -> n + m
let pass_through (f : int -> int) = f
let chain f g = fun x -> g (f x)
