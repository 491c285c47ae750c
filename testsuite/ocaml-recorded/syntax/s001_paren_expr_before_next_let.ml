let average a b = (a +. b /. 2.
let half = average 1. 2.
