let a, b = 1, "one"
let swap (x, y) = y, x
let f = fun (a, b) c -> a + b + c
