let flatten (l : int list list) = List.concat l
let r = flatten [1; 2; 3]
