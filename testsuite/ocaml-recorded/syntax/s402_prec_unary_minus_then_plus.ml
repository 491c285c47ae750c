let x = - 1 + 2
let y = - 2.5 +. 1.
let z = -. 1.5 *. 2.
