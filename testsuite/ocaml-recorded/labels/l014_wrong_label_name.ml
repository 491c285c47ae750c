let f ~x = x + 1
let _ = f ~y:1
