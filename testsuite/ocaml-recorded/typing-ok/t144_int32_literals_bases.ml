let hex = 0x7FFF_FFFFl
let oct = 0o17l
let bin = 0b1010l
let neg = -2147483648l
let wide = 0xFFFF_FFFF_FFFF_FFFFL
let nat = 0x1Fn
