let add_last l x = l @ x
let r = add_last [1; 2] 3
