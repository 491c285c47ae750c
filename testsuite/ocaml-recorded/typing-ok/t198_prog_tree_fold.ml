type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
let rec fold f acc = function
  | Leaf -> acc
  | Node (l, x, r) -> fold f (f (fold f acc l) x) r
let sum t = fold ( + ) 0 t
let height t = let rec h = function Leaf -> 0 | Node (l, _, r) -> 1 + max (h l) (h r) in h t
