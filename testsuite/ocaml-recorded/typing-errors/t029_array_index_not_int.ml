let a = [| 1; 2; 3 |]
let v = a.("1")
