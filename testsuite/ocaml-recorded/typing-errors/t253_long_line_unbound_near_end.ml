let result = List.map (fun x -> x * 2) [1; 2; 3] |> List.filter (fun x -> x > 2) |> List.fold_left ( + ) 0 |> string_of_int |> print_endlin
