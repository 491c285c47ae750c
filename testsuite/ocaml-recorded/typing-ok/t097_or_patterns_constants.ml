let is_vowel = function 'a' | 'e' | 'i' | 'o' | 'u' -> true | _ -> false
let weekend = function "sat" | "sun" -> true | _ -> false
let small = function 0 | 1 | 2 -> true | _ -> false
