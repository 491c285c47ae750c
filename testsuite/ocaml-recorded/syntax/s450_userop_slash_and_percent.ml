let ( /. ) a b = a / b
let ( %% ) a b = a mod b
let x = 7 /. 2 %% 3
