(* A functor whose result is constrained, applied: its `a` holds the first
   parameter (a crash once, when a constrained module's `a` was read as the
   path of a module). *)
module F (M : sig end) : sig type t val make : unit -> t end = struct
  type t = int
  let make () = 0
end
module T = F (struct end)
let v = T.make ()
