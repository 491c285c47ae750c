let f ~x:(a,b) = a + b
let _ = f ~x:(1, true)
