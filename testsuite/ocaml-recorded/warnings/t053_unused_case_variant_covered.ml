type color = Red | Green | Blue
let f = function Red -> 1 | Green | Blue -> 2 | Blue -> 3
