let n = (int_of_string "42" : int
let m = n + 1
