(* The same in a record expression, against a record type of the program. *)
module A = struct type t = { x : int } end
type u = { a : int }
let g = ({ A.x = 0 } : u)
