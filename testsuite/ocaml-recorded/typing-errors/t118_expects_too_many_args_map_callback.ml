let r : int list = List.map (fun x y -> x + y) [1; 2]
