let id x = x
let id' = id id
let id'' x = id id x
