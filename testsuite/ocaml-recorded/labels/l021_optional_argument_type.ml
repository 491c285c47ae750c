let f ?(x = "a") () = x
let _ = f ~x:3 ()
