type shape = Circle of float | Square of float
let unit_circle = Circle 1
