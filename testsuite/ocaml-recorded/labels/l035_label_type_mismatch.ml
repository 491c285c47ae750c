let apply ~f x = f x
let _ = apply ~f:(fun x -> x ^ "") 3
