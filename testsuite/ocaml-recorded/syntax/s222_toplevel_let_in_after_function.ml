let compute x =
  let a = x * 2 in
  a + 1 in
let result = compute 5
