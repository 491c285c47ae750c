(* The type a declared module keeps abstract is the module's own: an int
   is not one. *)
module M : sig
  module Inner : sig type t val v : t end
  val y : Inner.t -> int
end = struct
  module Inner = struct type t = int let v = 1 end
  let y x = x + 1
end
let z = M.y M.Inner.v
let bad = M.y 1
