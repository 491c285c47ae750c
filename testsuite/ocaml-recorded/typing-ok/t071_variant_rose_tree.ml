type 'a rose = Rose of 'a * 'a rose list
let rec size (Rose (_, kids)) = 1 + List.fold_left (fun acc k -> acc + size k) 0 kids
let leaf x = Rose (x, [])
