let total items =
  let total = 0 in
  List.iter (fun x -> total := total + x) items;
  total
