(* nothing here yet *)
