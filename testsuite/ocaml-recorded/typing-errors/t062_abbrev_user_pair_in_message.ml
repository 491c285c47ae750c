type pair = int * int
let origin : pair = (0, 0)
let s = origin ^ "!"
