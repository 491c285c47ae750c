type p = { x : int }
let get r = r.
let z = 1
