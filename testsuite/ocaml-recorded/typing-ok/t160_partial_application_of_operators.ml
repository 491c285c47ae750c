let incr_all = List.map (( + ) 1)
let halve = List.map (fun x -> x / 2)
let prefix = ( ^ ) "pre-"
let is_zero = ( = ) 0
