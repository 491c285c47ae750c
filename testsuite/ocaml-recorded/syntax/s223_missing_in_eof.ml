let area r =
  let pi = 3.14
  pi *. r *. r
