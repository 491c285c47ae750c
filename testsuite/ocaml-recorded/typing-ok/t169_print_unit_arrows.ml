let run_twice f () = f (); f ()
let thunk x = fun () -> x
