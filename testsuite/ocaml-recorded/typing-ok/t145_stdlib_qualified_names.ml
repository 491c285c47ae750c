let len = Stdlib.List.length [1; 2]
let plus = Stdlib.( + ) 1 2
let r = Stdlib.ref 0
