module Words = Set.Make (struct type t = string end)
let empty = Words.empty
