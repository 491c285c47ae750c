let ( let* ) o f = match o with None -> None | Some x -> f x
let sum a b =
  let* x = a in
  let* y = b in
  Some (x + y)
