let biggest = Int64.max 10L 20L
let next = biggest + 1
