let f ~x = x
let _ : int = f ?x:(Some 1)
