let unwrap = function Some (Some x) -> x | None -> 0
