type light = Red | Amber | Green
type suit = Hearts | Spades | Red
let stop : light = Red
let is_stop (l : light) = match l with Red -> true | Amber | Green -> false
