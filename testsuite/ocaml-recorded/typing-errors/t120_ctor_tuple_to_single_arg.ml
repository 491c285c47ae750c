type value = Int of int | Text of string
let v = Int (1, 2)
