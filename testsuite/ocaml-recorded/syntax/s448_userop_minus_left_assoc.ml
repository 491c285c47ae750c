let ( -| ) l x = List.filter (fun y -> y <> x) l
let l = [1; 2; 3] -| 1 -| 2
