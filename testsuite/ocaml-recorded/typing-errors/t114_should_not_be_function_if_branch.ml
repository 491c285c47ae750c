let choose b = if b then 0 else fun x -> x
