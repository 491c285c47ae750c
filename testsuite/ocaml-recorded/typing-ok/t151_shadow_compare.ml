let compare a b = String.length a - String.length b
let sorted = List.sort compare ["ccc"; "a"; "bb"]
let max a b = if compare a b > 0 then a else b
