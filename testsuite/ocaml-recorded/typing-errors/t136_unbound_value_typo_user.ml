let counter = ref 0
let () = incr countr
