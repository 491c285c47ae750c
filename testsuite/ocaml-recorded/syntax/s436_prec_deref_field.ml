type r = { v : int ref }
let get x = !(x.v)
let get2 x = !x.v
