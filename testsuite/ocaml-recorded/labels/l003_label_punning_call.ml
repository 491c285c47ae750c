let f ~x ~y = x - y
let x = 5
let y = 3
let d = f ~x ~y
