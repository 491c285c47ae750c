let a = [| 1; 2; 3
let n = Array.length a
