let apply ~f x = f x
let _ = apply ~f:(fun x -> x + 1) 2
let _ = apply 2 ~f:succ
let s ?(sep = ", ") l = String.concat sep l
let _ = s ["a"] ~sep:";"
let t = s ?sep:None
