(* An alias of a functor of the program, at top level and in a module:
   its applications are the functor's. *)
module type S = sig type t val x : t end
module F (X : S) = struct type u = X.t list let y = [X.x] end
module G = F
module H = G (struct type t = int let x = 1 end)
module M = struct module F2 = F end
module K = M.F2 (struct type t = string let x = "" end)
module A = struct type t = bool let x = true end
module L = G (A)
let v : L.u = L.y
let w = H.y
