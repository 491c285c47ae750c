let f ?x ?(y = 2) z = (match x with Some x -> x | None -> 0) + y + z
let a = f ?x:None 1
let b = f ?x:(Some 3) ?y:(Some 4) 5
let c y = f ?y 1
let d = f ~x:1 ~y:2
let e = f 3 ~x:1
