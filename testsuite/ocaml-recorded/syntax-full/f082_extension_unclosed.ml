let x = [%ext 1
let y = 2
