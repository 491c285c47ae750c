let nothing : unit = ()
let yes : bool = true
let ignored = ignore 5
