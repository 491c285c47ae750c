let present = List.filter_map (fun x -> x) [Some 1; None]
let strings : string list = present
