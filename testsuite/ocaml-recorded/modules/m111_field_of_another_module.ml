(* A field written with another module's path, where the expected type is
   known: "The field", as Datatype_kind.label_name says. *)
module A = struct type t = { x : int } end
module B = struct type t = { x : int } end
let f (r : B.t) = r.A.x
