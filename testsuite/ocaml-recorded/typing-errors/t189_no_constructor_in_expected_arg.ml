type light = Red | Amber | Green
type suit = Hearts | Spades
let is_stop (l : light) = l = Red
let r = is_stop Hearts
