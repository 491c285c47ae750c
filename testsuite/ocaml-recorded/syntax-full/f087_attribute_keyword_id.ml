let x = 1 [@if]
let y = (2 [@@])
