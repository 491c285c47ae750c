let apply_to_name (f : string -> int) = f "bob"
let incr n = n + 1
let r = apply_to_name incr
