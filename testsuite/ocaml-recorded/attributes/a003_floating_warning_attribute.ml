[@@@warning "-8"]
let f (Some x) = x
