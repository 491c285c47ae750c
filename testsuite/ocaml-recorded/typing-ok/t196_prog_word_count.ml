let count_words text =
  let words = String.split_on_char ' ' text |> List.filter (fun w -> w <> "") in
  let rec add w = function
    | [] -> [(w, 1)]
    | (k, n) :: rest when k = w -> (k, n + 1) :: rest
    | p :: rest -> p :: add w rest
  in
  List.fold_left (fun acc w -> add w acc) [] words
