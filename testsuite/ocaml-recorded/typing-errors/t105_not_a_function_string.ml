let greeting = "hello"
let r = greeting "world"
