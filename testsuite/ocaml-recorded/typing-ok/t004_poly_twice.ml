let twice f x = f (f x)
let add_two = twice succ
let quad = twice twice
let sixteen = quad (fun x -> x * 2) 1
