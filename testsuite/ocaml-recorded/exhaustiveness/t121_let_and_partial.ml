let (Some x) = Some 1 and [y] = [2]
