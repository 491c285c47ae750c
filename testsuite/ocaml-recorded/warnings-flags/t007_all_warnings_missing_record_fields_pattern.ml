(* flags: -w +A *)
type point = { x : int; y : int }
let get_x { x } = x
