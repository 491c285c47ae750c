(* The same for a functor application's type: the argument too. *)
module M = Map.Make (String)
let f (m : int M.t) = m 1
