(* flags: -w +48 *)
let f ?(x = 1) ?y z = x + z + (match y with None -> 0 | Some y -> y)
let l = List.map f [1; 2]
let g h = h 1
let r = g f
