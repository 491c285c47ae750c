let r = Option.to_result "missing" (Some 1)
