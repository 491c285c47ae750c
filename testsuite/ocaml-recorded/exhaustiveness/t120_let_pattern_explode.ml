type r = { a : int; b : int }
let (Some { a; b }) = None
