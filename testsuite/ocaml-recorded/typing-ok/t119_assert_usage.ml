let checked_div a b = assert (b <> 0); a / b
let never () = assert false
let sorted2 (a, b) = assert (a <= b); (a, b)
