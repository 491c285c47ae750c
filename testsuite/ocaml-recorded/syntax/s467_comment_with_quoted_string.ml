(* {|a quoted *) inside a comment|} *)
let x = 2
