let ( ^^ ) a b = a ^ " " ^ b
let s = "a" ^^ "b" ^^ "c"
