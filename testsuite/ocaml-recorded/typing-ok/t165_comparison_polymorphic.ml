let between lo hi x = lo <= x && x <= hi
let maxi3 a b c = max a (max b c)
let sorted_pair a b = if a < b then (a, b) else (b, a)
