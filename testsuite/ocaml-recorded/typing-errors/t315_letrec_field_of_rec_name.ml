type r = { a : int; b : r list }
let rec t = { a = 1; b = [t] } and u = t.a
