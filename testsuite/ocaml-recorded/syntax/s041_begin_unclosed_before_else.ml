let check x =
  if x > 0 then begin
    print_string "positive";
    print_newline ()
  else
    print_string "other"
