let ( @+ ) x l = x :: l
let l = 1 @+ 2 @+ []
