let f ~x ~y = x - y
let a = f ~y:1 ~x:2
let b = f 1 2
let c = List.map (fun x -> x) [1]
