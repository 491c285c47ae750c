type 'a phantom = int
type r = { a : int phantom; b : string phantom list }
let x = { a = 1; b = ["s"] }
