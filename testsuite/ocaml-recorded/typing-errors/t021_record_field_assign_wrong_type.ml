type counter = { mutable hits : int }
let reset c = c.hits <- "0"
