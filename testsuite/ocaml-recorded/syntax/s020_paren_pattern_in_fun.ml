let firsts = List.map (fun (a, _ -> a) [(1, 2); (3, 4)]
