let split_evens l = List.partition (fun x -> x mod 2 = 0) l
let (evens, odds) : string list * string list = split_evens [1; 2; 3]
