let apply f x = f x
let map_pair f (a, b) = (f a, f b)
let fold f init l = List.fold_left f init l
