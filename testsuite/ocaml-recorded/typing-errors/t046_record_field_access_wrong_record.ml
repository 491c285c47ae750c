type point = { x : int; y : int }
type size = { w : int; h : int }
let area (s : size) = s.w * s.h
let p = { x = 1; y = 2 }
let a = area p
