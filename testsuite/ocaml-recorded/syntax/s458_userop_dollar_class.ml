let ( $ ) f x = f x
let x = string_of_int $ 40 + 2
