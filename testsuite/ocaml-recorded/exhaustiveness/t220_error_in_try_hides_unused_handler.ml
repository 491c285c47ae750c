let f x = try x + "one" with
  | _ -> 0
  | Not_found -> 1
