[@@@warning "-8"
let y = 2
