(* Gc.stat's minor_words is a float *)
let minor () = (Gc.stat ()).Gc.minor_words + 1
