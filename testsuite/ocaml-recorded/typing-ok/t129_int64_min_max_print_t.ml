let lo = Int64.min 1L 2L
let order = Int64.compare 5L 3L
let pick = Int64.max
