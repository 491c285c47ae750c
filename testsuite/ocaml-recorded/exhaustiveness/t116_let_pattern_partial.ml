let (Some v) = Some 3
