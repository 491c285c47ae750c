let label n = "item " ^ n
let l = label 3
