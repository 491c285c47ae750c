let m = Float.min 1.5 2.5
let s = string_of_int m
