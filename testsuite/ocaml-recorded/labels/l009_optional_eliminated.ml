let f ?(x = 0) ?(y = 0) z = x + y + z
let a = f 1
let b = f ~y:2 1
let c = f ~y:2
let d = f ?x:(Some 3)
