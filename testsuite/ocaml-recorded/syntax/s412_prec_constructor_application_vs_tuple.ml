let a = Some 1, 2
let b = Some (1, 2)
