type point = Point of int * int
let p = Point (1, 2, 3)
