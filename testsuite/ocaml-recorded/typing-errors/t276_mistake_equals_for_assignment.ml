let count = ref 0
let bump () = count = !count + 1
