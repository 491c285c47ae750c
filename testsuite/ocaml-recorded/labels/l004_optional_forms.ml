let f ?(x = 1) () = ()
let g ~x ?y () = match y with None -> x | Some y -> x + y
let h = g ~x:1
let k = g () ~x:2
let l ?(z : string = "a") ~(w : int) = z ^ string_of_int w
let m = l ~w:3
let n = g ?y:(Some 2) ~x:1 ()
let o y = g ?y ~x:1 ()
let p x = g ~x
let q f = f ~x:1 ?y:None
let r f = (f ~x:1 2 : int)
