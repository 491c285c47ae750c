let x = 1
# 10 "generated.ml"
let y = (2
let z = 3
