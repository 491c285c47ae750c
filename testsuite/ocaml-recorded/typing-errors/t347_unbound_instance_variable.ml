(* `x <- e` for a name defined nowhere. *)
let f () =
  z <- 1
