let a = Int32.add 1l 2l
let b = Int32.mul a (Int32.of_int 10)
let c = Int32.to_int b
let d = Int32.logand 0xFFl 0x0Fl
let e = Int32.shift_left 1l 4
