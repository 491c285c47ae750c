(* A structure constrained to a signature that declares a module: the
   submodule is matched against its declaration, and `M.Inner.v` has the
   declared type, abstract. *)
module M : sig
  module Inner : sig
    type t
    val v : t
    val show : t -> string
  end
  val twice : Inner.t -> string
end = struct
  module Inner = struct
    type t = int
    let v = 1
    let show = string_of_int
    let extra = 3
  end
  let twice x = Inner.show x ^ Inner.show x
end
let s = M.twice M.Inner.v
let v = M.Inner.v
module Deep : sig module A : sig module B : sig type u = A | B val b : u end end end =
struct
  module A = struct module B = struct type u = A | B let b = B end end
end
let u = Deep.A.B.A
