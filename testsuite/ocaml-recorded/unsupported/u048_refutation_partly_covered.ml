(* A refutation case that the cases before it partly cover: which values
   reach it is a difference of patterns, which mlhint does not compute. *)
let f (x : bool option) = match x with None -> 0 | Some true -> 1 | Some _ -> .
