let reset l = List.map (fun x -> 0); l
