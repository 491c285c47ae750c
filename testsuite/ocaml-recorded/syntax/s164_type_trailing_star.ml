type pair = int *

let x = 1
