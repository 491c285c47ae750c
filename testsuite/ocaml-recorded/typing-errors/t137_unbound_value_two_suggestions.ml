let foo = 1
let fob = 2
let x = fox + 1
