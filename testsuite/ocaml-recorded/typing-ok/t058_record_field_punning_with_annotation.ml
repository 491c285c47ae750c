type range = { lo : int; hi : int }
let make lo hi : range = { lo; hi }
let width ({ lo; hi } : range) = hi - lo
