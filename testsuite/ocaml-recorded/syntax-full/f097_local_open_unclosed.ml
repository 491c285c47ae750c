let x = List.(length [1]
let y = 2
