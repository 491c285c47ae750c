let is_some = function Some x -> true | None -> false
