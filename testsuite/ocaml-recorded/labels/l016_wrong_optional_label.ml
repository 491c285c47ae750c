let f ?x () = 1
let _ = f ?y:(Some 1) ()
