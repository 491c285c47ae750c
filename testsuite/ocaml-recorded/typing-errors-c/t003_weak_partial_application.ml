let copy_all = List.map (fun x -> x)
