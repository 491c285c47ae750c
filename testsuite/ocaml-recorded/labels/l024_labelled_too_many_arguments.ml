let f a ~x = x + a
let _ = f ~x:1 2 3
