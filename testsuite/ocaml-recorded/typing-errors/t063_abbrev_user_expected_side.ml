type name = string
let greet (n : name) = "hi " ^ n
let r = greet 42
