type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
let rec sum (t : int tree) = match t with Leaf -> 0 | Node (l, v, r) -> sum l + v + sum r
let words = Node (Leaf, "a", Leaf)
let r = sum words
