let (Some config) = Some "debug"
