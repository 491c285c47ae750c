(* "This is not a function": the type is shown expanded, so a library
   type is named through its module, Stdlib__Queue, not the alias. *)
module Q = Queue
let f (h : int Q.t Q.t) = h 1
