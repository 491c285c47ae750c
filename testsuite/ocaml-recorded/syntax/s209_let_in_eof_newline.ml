let answer =
  let x = 21 in
  let y = x * 2 in
