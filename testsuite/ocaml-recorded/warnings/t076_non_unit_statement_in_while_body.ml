let f r = while !r > 0 do r := !r - 1; !r done
