let rec (even, odd) = ((fun n -> n = 0 || odd (n - 1)), (fun n -> n <> 0 && even (n - 1)))
