let x = 1 [@@deprecated "no"
let y = 2
