let average a b = (a + b) / 2
let x = average 1.5 2.5
