let x =
(* TODO: fill in *)
