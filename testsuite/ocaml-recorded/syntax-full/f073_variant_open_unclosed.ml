type t = [> `A
let x = 1
