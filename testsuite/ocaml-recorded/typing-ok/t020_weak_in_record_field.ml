type 'a cell = { mutable contents : 'a list }
let empty_cell () = { contents = [] }
let shared = { contents = [] }
let frozen = empty_cell
