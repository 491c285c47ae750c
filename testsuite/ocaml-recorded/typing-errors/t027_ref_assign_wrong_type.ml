let count = ref 0
let () = count := "one"
