let l = [1, 2, 3]
let m = [1, "a"; 2, "b"]
