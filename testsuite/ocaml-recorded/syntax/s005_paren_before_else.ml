let abs_value x =
  if x < 0 then (- x
  else x
