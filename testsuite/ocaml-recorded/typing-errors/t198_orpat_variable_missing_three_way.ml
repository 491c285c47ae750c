let first l = match l with [x] | [x; _] | [] -> x | _ -> 0
