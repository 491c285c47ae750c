(* outer (* inner *) still outer
let y = 2
