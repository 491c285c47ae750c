let f x = x + 1
let _ = f ~x:1
