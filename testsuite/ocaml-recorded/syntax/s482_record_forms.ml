type p = { x : int; y : int; label : string }
let o = { x = 0; y = 0; label = "origin" }
let move p dx = { p with x = p.x + dx }
let make x y = { x; y; label = "" }
let typed = { x : int = 1; y = 2; label = "t" }
