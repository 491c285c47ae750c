type point = { mutable x : int; y : int }
let move (p : point) = p.x <- p.x + 1; p.y <- p.y + 1
