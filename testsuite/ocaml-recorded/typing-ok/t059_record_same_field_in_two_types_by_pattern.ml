type v2 = { x : float; y : float }
type v3 = { x : float; y : float; z : float }
let flatten ({ x; y; _ } : v3) : v2 = { x; y }
let norm2 (v : v2) = v.x *. v.x +. v.y *. v.y
