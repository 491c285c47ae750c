type color = Red | Green | Blue
let is_red c = match c with Red -> true
