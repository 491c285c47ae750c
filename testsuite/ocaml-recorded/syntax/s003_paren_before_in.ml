let total items =
  let sum = (List.fold_left ( + ) 0 items in
  sum * 2
