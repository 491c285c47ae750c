let f x = (x

(* end of file *)
