type range = { lo : int; hi : int }
let width { lo = n; hi = n } = 0
