class type ct = object
  method m : int

let y = 2
