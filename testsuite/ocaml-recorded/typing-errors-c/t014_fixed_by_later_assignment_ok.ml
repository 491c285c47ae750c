let history = ref []
let record x = history := x :: !history
let () = record "start"
