let a = 42l
let b = 42L
let c = 42n
let d = -2147483648l
let e = 0xFFFF_FFFFl
let f = 9223372036854775807L
let g = 0x7fffffffn
