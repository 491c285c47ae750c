type forest = tree list
and tree = Node of string * forest
let rec count (Node (_, f)) = 1 + List.fold_left (fun a t -> a + count t) 0 f
