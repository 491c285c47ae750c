let parse (s : token) = s
