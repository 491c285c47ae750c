let const x y = x
let second x y = y
let third a b c = c
