(* outer (* inner (* innermost *) *) still outer *)
let x = (* inline *) 1 (* after *)
