(* A signature's abbreviation of its own abstract type is the module's, not the
   structure's definition (int): M.c is M.a * int, M.N.d is M.a list. *)
module M : sig
  type a
  type 'x b = a * 'x
  type c = int b
  val make : int -> a
  module N : sig type d = a list val wrap : a -> d end
end = struct
  type a = int
  type 'x b = int * 'x
  type c = int * int
  let make x = x
  module N = struct type d = int list let wrap x = [x] end
end
let f (x : M.c) : M.a * int = x
let g (x : M.N.d) : M.a list = x
let h = M.N.wrap (M.make 1)
