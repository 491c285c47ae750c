let () =
  begin
    print_string "a";
    print_string "b"
  )
