let f (x : int) = (x :> int)
