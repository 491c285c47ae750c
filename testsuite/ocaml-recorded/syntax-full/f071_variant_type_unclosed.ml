type t = [ `A | `B
let x = 1
