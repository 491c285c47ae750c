type color = Red | Green | Blue
type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
type ('k, 'v) pair = { key : 'k; mutable value : 'v }
type id = int
type expr = Num of int | Add of expr * expr | Neg of expr
and stmt = Print of expr | Seq of stmt list
exception Empty
exception Bad_input of string * int
let t = Node (Leaf, 1, Leaf)
let p = { key = "a"; value = 1 }
