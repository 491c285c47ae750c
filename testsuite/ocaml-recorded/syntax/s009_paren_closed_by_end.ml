let show x =
  begin
    (print_int x;
    print_newline ()
  end
