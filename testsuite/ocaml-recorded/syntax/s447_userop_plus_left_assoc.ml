let ( +: ) l x = x :: l
let l = [] +: 1 +: 2
