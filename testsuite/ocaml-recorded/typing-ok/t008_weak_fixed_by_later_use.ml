let log = ref []
let add msg = log := msg :: !log
let () = add "started"
