let get_all = List.map (fun (Some x) -> x)
