let x = Some 1
let y = Nothing
