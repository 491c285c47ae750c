let ( =~ ) s c = String.contains s c
let b = "abc" =~ 'a' = true
