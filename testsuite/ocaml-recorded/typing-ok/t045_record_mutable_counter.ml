type counter = { name : string; mutable count : int }
let make name = { name; count = 0 }
let bump c = c.count <- c.count + 1
let value c = c.count
