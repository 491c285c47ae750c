type value = Int of int | Str of string
let show = function Int x | Str x -> x
