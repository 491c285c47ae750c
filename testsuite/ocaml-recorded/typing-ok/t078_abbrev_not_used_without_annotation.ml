type name = string
let greet n = "hello " ^ n
let greet_named (n : name) = "hello " ^ n
