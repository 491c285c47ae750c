type predicate = int -> bool
type 'a transformer = 'a -> 'a
let positive : predicate = fun x -> x > 0
let apply_all (fs : 'a transformer list) x = List.fold_left (fun acc f -> f acc) x fs
