let f (x : 'a option) = (x : ('c * 'a) list)
