let ( |? ) o d = match o with Some x -> x | None -> d
let x = None |? 3
