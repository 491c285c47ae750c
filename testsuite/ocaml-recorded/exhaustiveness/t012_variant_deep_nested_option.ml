let f = function
  | Some (Some (Some 1)) -> 1
  | None -> 0
