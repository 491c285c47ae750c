let pending = ref []
let push x = pending := x :: !pending
let total () = List.fold_left ( +. ) 0. !pending
