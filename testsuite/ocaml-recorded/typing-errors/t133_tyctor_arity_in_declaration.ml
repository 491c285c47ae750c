type 'a stack = 'a list
type t = { items : stack; size : int }
