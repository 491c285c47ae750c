let run (f : unit -> int) = f () + 1
let greet () = "hello"
let r = run greet
