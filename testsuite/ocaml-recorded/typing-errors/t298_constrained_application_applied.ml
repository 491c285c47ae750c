let f g = ((g : int -> int) 1 : int) 2
