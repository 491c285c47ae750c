let show ((name, score) : string * int) = name ^ string_of_int score
let entry = ("bob", 9.5)
let s = show entry
