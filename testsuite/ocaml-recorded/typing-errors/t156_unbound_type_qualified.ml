let f (x : String.text) = x
