let f x = let open Buffer in add_string x 1
