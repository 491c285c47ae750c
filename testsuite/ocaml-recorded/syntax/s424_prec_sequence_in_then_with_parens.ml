let count = ref 0
let check ok =
  if ok then (print_string "ok"; incr count) else print_string "failed"
