(* Without its label, the function given to ListLabels.map is taken as the list *)
let incr_all l = ListLabels.map (fun x -> x + 1) l
let doubled = ListLabels.map (fun x -> x * 2)
