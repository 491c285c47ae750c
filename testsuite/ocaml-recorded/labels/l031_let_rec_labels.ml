let rec count ?(acc = 0) ~step n = if n <= 0 then acc else count ~acc:(acc + step) ~step (n - 1)
let rec go ~from ~upto f = if from > upto then () else (f from; go ~from:(from + 1) ~upto f)
let total = count ~step:2 10
let () = go ~upto:3 ~from:1 (fun i -> print_int i)
