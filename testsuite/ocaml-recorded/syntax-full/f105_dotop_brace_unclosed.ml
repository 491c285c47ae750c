let x = a.%{1
let y = 2
