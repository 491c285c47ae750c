let names = [1; 2; 3] |> List.map (function 1 -> "one" | _ -> "many")
