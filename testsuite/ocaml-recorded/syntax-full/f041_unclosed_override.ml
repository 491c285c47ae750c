let o = {< x = 1
let y = 2
