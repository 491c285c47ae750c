let () = print_endline "hello"
let _ = 1 + 2
;;
print_string "done"
