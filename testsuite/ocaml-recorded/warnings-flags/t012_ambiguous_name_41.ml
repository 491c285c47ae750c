(* flags: -w +41 *)
type a = { x : int; y : int }
type b = { x : int; y : int }
let f r = r.x
