let lens = List.map (fun s -> String.length s) [1; 2; 3]
