class c = object
  val x = 1

let y = 2
