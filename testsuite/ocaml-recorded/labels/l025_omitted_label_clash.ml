let f ?x ~y = y
let _ = f 1
