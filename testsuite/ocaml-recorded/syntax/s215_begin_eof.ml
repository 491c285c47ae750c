let () =
  begin
    print_string "hi"
