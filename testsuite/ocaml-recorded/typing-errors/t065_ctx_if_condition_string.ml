let greet (name : string) = if name then "hello " ^ name else "nobody"
