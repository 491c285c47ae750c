let apply (f : (int -> int) = f 1
