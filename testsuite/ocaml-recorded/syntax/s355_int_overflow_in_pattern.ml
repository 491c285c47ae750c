let f = function
  | 4611686018427387906 -> true
  | _ -> false
