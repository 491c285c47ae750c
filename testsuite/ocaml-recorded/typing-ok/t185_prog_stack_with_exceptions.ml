exception Empty_stack
type 'a stack = { mutable items : 'a list }
let create () = { items = [] }
let push s x = s.items <- x :: s.items
let pop s = match s.items with
  | [] -> raise Empty_stack
  | x :: rest -> s.items <- rest; x
let is_empty s = s.items = []
