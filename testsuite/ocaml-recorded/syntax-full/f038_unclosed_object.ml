let o = object
  method m = 1

let x = 2
