module Words = Set.Make (String)
let size (s : Words.t) : int = s
