type p = { x : int; y : int }
let f = function
  | [| a; b |] -> a + b
  | [||] -> 0
  | _ -> -1
let g { x; y = yy } = x + yy
let h { x; _ } = x
