let head = fun (x :: _) -> x
