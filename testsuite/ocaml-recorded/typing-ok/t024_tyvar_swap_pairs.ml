let swap (a, b) = (b, a)
let rotate (a, b, c) = (b, c, a)
let dup x = (x, x)
