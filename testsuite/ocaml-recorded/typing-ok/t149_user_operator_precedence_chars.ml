let ( **! ) a b = a * b * b
let ( @@@ ) f x = f (f x)
let ( ==> ) a b = not a || b
let r = 2 **! 3
let implies = true ==> false
