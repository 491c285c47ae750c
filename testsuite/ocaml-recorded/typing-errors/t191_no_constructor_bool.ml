let parse s : bool = if s = "yes" then True else False
