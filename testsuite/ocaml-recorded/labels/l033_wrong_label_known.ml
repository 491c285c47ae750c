let f ~width ~height = width * height
let _ = f ~width:1 ~hieght:2
