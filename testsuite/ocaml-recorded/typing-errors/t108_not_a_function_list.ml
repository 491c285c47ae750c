let l = [1; 2; 3]
let second = l 1
