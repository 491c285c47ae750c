let r = ref 10
let () = r := !r + 1
let () = incr r; decr r
let swap a b = let t = !a in a := !b; b := t
