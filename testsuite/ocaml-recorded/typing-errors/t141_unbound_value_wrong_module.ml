let l = Array.filter (fun x -> x > 0) [| 1; -2 |]
