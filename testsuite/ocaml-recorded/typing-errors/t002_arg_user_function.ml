let square x = x * x
let nine = square "3"
