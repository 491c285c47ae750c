let is_none = function None _ -> true | Some _ -> false
