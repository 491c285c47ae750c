let f () =
  let rec count = count + 1 in
  count
