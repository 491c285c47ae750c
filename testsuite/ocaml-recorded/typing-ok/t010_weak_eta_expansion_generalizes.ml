let copy_all l = List.map (fun x -> x) l
let copy_all' = fun l -> List.map (fun x -> x) l
