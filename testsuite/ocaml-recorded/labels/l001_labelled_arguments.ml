let area ~width ~height = width * height
let a = area ~width:3 ~height:4
