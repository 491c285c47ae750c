let run n =
  let rec loop i = if i = 0 then () else loop (i - 1) in
  n
