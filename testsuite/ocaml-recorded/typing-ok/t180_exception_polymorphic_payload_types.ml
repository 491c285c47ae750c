exception Found_list of int list
exception Found_fun of (int -> int)
let search l = try List.iter (fun x -> if x > 0 then raise (Found_list [x])) l; [] with Found_list r -> r
