let labels : string list = List.map (fun x -> x * 2) [1; 2; 3]
