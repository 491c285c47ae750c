let l = List.map (function 0 -> "zero") [0; 1]
