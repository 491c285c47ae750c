(* an exception pattern under a constructor *)
let f x = match x with
  | Some (exception Not_found) -> 0
  | _ -> 1
