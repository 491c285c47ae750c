type color = [ `Red | `Green | `Blue ]
let to_string (c : color) = match c with `Red -> "r" | `Green -> "g" | `Blue -> "b"
