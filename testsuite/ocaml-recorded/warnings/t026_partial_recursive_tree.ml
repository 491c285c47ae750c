type tree = Leaf | Node of tree * int * tree
let root_value = function Node (_, v, _) -> v
