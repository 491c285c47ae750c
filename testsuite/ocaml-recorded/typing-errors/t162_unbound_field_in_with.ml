type config = { depth : int; verbose : bool }
let deeper c = { c with dept = c.depth + 1 }
