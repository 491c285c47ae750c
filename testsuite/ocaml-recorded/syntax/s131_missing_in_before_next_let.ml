let area r =
  let pi = 3.14
  pi *. r *. r

let () = print_float (area 2.)
