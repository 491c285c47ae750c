let area w h = w h
let x = 3
let y = x (4 + 1)
