type color = Red | Green | Blue
let c : color = Purple
