let values =
  List.init 10 (fun i -> i)
  |> List.sum
