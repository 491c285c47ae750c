let rec update k v = function
  | [] -> [(k, v)]
  | (k', _) :: rest when k' = k -> (k, v) :: rest
  | p :: rest -> p :: update k v rest
let get k l = List.assoc_opt k l
