let get a i = a.(i]
