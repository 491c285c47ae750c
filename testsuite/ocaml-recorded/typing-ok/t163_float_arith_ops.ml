let hyp a b = sqrt (a *. a +. b *. b)
let avg l = List.fold_left ( +. ) 0. l /. float_of_int (List.length l)
let power = 2. ** 10.
let neg = -. 3.5
let modf_parts = modf 3.25
