let (Some (a, b)) = None
