let a = Array.of_list [3; 1; 2]
let () = Array.sort compare a
let doubled = Array.map (fun x -> x * 2) a
let l = Array.to_list doubled
let sub = Array.sub a 0 2
let joined = Array.append a sub
let has = Array.exists (fun x -> x > 2) a
