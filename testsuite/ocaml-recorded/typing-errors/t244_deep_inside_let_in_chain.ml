let compute x =
  let a = x + 1 in
  let b = a * 2 in
  let c = b - 3 in
  let d = c / 4 in
  let e = string_of_int d in
  e + 5
