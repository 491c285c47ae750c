(* A module declared of a named module type (`module N : Named`): N has
   Named's items, its abstract types new ones, and -i prints the name. *)
module type Named = sig type t val x : t val show : t -> string end
module type S = sig module N : Named val y : N.t -> int end
module M : S = struct
  module N = struct type t = int let x = 1 let show = string_of_int end
  let y n = n + 1
end
let a = M.N.show M.N.x
module P : sig module Q : Named with type t = int end = struct
  module Q = struct type t = int let x = 2 let show = string_of_int end
end
let b = P.Q.x + 1
