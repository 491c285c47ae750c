let f x =
  let y = x + 1 in
  y * 2

let s = "a\
   b"
