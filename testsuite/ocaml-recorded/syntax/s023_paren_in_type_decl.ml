type pair = (int * int
let origin = (0, 0)
