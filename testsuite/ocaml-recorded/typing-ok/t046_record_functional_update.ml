type config = { verbose : bool; depth : int; label : string }
let default = { verbose = false; depth = 3; label = "main" }
let loud = { default with verbose = true }
let deeper c = { c with depth = c.depth + 1; label = c.label ^ "+" }
