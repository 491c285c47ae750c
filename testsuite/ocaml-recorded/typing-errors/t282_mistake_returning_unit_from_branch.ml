let safe_div a b =
  if b = 0 then print_endline "division by zero"
  else a / b
