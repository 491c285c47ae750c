let keep = Option.map (fun x -> x)
