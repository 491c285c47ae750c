type point = Point of int * int
let origin = Point
