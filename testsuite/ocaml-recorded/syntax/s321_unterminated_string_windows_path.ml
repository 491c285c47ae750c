let dir = "C:\"
let n = 1
