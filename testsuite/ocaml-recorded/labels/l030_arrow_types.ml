type handler = name:string -> ?verbose:bool -> unit -> int
let run (h : handler) = h ~name:"x" ()
let mk : handler = fun ~name ?(verbose = false) () -> if verbose then String.length name else 0
let pair (f : x:int -> y:int -> int * int) = f ~y:1 ~x:2
let swap ~(f : a:int -> b:int -> int) = f ~b:1
let lst = List.map (fun f -> f ~name:"a" ()) [mk]
