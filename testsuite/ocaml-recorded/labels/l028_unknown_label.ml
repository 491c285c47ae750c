let f ~x:y ~y:x = x - y
let _ = f ~x:1 ~y:2 ~z:3
