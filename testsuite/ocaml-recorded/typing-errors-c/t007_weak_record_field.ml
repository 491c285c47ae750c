type 'a cell = { mutable items : 'a list }
let shared = { items = [] }
