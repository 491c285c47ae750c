let ( &&& ) f g x = f x && g x
let pos_even = (fun x -> x > 0) &&& (fun x -> x mod 2 = 0)
