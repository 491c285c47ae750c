let f a = match a with [||] -> 0 | [| _ |] -> 1 | [| _; _ |] -> 2
