let f (g : ?x:int -> unit -> int) = g ()
let _ = f (fun ?(x = 1) () -> x)
let k : x:int -> int = fun ~x -> x
