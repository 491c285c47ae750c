type color = Red | Green | Blue
let c = Gren
