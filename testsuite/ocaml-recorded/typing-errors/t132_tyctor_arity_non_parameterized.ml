type color = Red | Green
let palette : int color = Red
