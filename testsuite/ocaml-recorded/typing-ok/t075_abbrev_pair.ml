type pair = int * int
let add ((a, b) : pair) ((c, d) : pair) : pair = (a + c, b + d)
let zero : pair = (0, 0)
let raw = (1, 2)
