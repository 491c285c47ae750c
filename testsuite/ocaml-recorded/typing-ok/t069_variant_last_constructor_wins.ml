type light = Red | Amber | Green
type suit = Hearts | Spades | Red
let c = Red
let is_red = function Red -> true | _ -> false
