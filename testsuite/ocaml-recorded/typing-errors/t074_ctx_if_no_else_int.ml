let abs_value n = if n < 0 then - n
