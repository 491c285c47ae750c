(* A mismatch two modules deep: each level says its module types, the
   inner one strengthened (`module B = A.B`); the outermost, too big, is
   elided. *)
module M : sig
  module A : sig
    module B : sig type u val f : u -> int end
  end
  val p : int * int -> string -> string list
  val q : int * int -> string -> string list
end = struct
  module A = struct
    module B = struct type u = int let f x = x ^ "" end
  end
  let p (_ : int * int) (s : string) = [s]
  let q (_ : int * int) (s : string) = [s]
end
