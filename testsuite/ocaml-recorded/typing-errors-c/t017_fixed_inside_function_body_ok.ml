let pending = ref []
let total () = List.fold_left ( +. ) 0. !pending
