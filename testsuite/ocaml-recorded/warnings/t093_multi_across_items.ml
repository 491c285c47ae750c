let a x = let y = 1 in x
let b = function true -> 1
let c l = List.map succ l; 0
