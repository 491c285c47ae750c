type tree = Leaf | Node of tree * int * tree
let rec size = function
  | Leaf -> 0
  | Node (Leaf, _, Leaf) -> 1
  | Node (l, _, Node (_, _, _)) -> size l + 1
