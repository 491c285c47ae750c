let v = lazy (print_string "computing"; 42)
let n = Lazy.force v
