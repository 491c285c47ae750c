(* print "*)" to close *)
let s = "(*"
let t = "*)"
