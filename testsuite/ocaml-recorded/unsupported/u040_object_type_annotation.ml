let get (o : < x : int; .. >) = o#x
