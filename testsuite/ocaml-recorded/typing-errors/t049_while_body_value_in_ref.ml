let total = ref 0.
let () = total := !total + 1
