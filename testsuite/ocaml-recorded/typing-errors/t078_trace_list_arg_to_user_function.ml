let total (l : float list) = List.fold_left ( +. ) 0. l
let ints = [1; 2; 3]
let t = total ints
