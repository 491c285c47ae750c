let noop () = ()
let announce () = print_endline "ready"
let run f = f ()
let delayed = fun () -> 42
