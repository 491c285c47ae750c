type light = Red | Amber | Green
type suit = Hearts | Spades
let next (l : light) = match l with Red -> Green | Green -> Amber | Hearts -> Red
