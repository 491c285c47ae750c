module N = (val m :> S
let x = 1
