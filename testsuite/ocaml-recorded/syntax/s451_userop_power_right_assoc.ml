let ( **> ) f x = f x
let x = succ **> succ **> 1
