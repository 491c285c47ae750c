let counter = ref 0
let reset (r : float ref) = r := 0.
let () = reset counter
