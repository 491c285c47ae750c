let keep = Option.map (fun x -> x)
let incr_opt = Option.map succ
