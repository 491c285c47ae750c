let rec length l = match l with [] -> 0 | _ :: t -> 1 + length t
and total l = List.fold_left ( + ) 0 l + length l
