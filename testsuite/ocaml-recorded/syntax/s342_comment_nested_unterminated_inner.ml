let x = 1
(* outer comment
   (* inner comment
*)
let y = 2
