let f ?(x : int = "a") () = x
