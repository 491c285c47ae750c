let () =
  begin
    print_string "hello";
    print_newline ()

let x = 1
