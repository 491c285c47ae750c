let rec x = match x with [] -> [1] | _ :: _ -> [2]
