let vowel_index = function 'a' -> 0 | 'e' -> 1 | 'i' -> 2 | 'o' -> 3 | 'u' -> 4
