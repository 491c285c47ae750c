type t = < m : int
let x = 1
