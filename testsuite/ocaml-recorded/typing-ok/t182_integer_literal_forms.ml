let a = 0x10 + 0o7 + 0b11 + 1_000
let b = 0xff_ff
let c = -0x1
let d = 1e3 +. 1.5e-2 +. 1_0.0
