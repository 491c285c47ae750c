type point = { x : float; y : float }
let origin = { x = 0.; y = 0.; z = 0. }
