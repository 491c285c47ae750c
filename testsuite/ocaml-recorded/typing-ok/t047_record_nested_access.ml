type point = { x : int; y : int }
type segment = { start : point; stop : point }
let length_x s = s.stop.x - s.start.x
let move s = { s with stop = { s.stop with y = s.stop.y + 1 } }
