let y = not true && false
let k x = not x = x
