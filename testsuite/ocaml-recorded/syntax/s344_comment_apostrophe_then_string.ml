(* it's "fine *)
let x = 1
