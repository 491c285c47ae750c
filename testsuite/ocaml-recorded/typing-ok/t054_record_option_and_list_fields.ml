type node = { id : int; parent : int option; children : int list }
let leaf id parent = { id; parent = Some parent; children = [] }
let add_child n c = { n with children = c :: n.children }
