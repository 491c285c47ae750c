let ( @@@ ) f x = f x
let ( +++ ) a b = a + b
let ( *** ) a b = a * b
let x = string_of_int @@@ 1 +++ 2 *** 3
