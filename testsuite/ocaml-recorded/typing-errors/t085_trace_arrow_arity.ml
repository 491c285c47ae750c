let combine (f : int -> int -> int) = f 1 2
let r = combine succ
