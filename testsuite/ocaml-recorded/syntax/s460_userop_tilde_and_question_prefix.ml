let ( ~+ ) x = x + 1
let ( ?? ) o = match o with Some x -> x | None -> 0
let a = ~+ 1
let b = ?? (Some 3) + 1
