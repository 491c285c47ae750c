let f ~x y = x + y
let _ = f 1 ~x:true
