let f x =
  let a = x + 1 in
  let b = a * 2 and c = a - 1 in
  let rec loop i = if i = 0 then b else loop (i - 1) in
  loop c
