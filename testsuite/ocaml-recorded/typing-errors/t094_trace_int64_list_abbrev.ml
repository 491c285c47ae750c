let big = [Int64.max 1L 2L]
let small : int list = big
