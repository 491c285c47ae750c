let greet ?(greeting = "Hello") name = greeting ^ ", " ^ name
let s = greet "Bob"
let t = greet ~greeting:"Hi" "Ann"
