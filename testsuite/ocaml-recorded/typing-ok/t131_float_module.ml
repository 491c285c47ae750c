let p = Float.pi
let r = Float.round 2.5
let i = Float.of_int 3
let t = Float.to_string 1.5
let nan_check = Float.is_nan (0. /. 0.)
let lo = Float.min 1. 2.
