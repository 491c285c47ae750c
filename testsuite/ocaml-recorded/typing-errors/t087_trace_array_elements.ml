let average (a : float array) = Array.fold_left ( +. ) 0. a /. float_of_int (Array.length a)
let scores = [| 90; 85; 77 |]
let r = average scores
