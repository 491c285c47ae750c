let names : string list = List.map (fun x -> x + 1) [1; 2]
