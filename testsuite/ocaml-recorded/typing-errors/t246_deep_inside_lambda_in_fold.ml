let totals rows =
  List.fold_left
    (fun acc (name, values) ->
       (name, List.fold_left (fun s v -> s + v) 0. values) :: acc)
    [] rows
