module N = (val m
let x = 1
