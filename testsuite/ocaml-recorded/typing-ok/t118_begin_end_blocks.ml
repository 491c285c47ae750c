let process flag x =
  if flag then begin
    print_endline "processing";
    x * 2
  end else begin
    print_endline "skipping";
    x
  end
