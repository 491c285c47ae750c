let id x = x
let pair = (id 1, id "one")
let nested = id id 2
