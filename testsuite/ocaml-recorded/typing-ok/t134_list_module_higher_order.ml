let sum_lengths l = List.fold_right (fun s acc -> String.length s + acc) l 0
let indexed l = List.mapi (fun i x -> (i, x)) l
let both = List.map2 ( + )
let assoc_keys l = List.map fst l
let sort_desc l = List.sort (fun a b -> compare b a) l
