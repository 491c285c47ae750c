type r = { mutable count : int; name : string }
let f r = match r with { count = 0; _ } -> true
