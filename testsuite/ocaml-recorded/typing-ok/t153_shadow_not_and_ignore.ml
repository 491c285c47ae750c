let not x = x = 0
let ignore x = x
let t = not 0
let i = ignore "kept"
