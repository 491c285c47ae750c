type point = { x : int; y : int }
let area (w : int) = w * w
let a = area
  { x = 1;
    y = 2 }
