let ( +| ) (a, b) (c, d) = (a + c, b + d)
let ( |? ) opt d = match opt with Some x -> x | None -> d
let ( <+> ) f g x = f x + g x
let total = (1, 2) +| (3, 4)
let v = None |? 5
