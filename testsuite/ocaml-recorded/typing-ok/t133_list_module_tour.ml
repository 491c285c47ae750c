let xs = List.init 5 (fun i -> i * 3)
let ys = List.rev_map string_of_int xs
let zs = List.concat [xs; xs]
let found = List.find_opt (fun x -> x > 4) xs
let split = List.partition (fun x -> x mod 2 = 0) xs
let pairs = List.split [(1, 'a'); (2, 'b')]
let flat = List.concat_map (fun x -> [x; x]) xs
let exists = List.exists (fun x -> x = 6) xs
