let count = ref 0
let check ok =
  if ok then begin
    print_string "ok";
    incr count
  end else
    print_string "failed"
