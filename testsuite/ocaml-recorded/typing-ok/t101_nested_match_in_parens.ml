let describe x y =
  match x with
  | None -> "no x"
  | Some a ->
    (match y with
     | None -> "x only"
     | Some b -> if a = b then "same" else "different")
