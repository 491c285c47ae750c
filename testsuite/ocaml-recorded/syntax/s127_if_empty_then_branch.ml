let check ok =
  if ok then else print_string "failed"
