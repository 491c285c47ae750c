let is_none = function None -> true
