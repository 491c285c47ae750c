let f ~x ~y = x + y
let g = f ~y:2
let h = List.map (f ~x:1) [1; 2]
