type color = Red | Green | Blue
let c = Purple
