let f = function
  | Some x when x = "a" + 1 -> x
  | _ -> "b"
  | None -> "c"
