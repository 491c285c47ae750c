type counter = { name : string; mutable count : int }
let bump c = c.count <- c.count + 1; c.count
