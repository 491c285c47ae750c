type r = { a : r; b : int }
type t = T of t option
let rec l = 1 :: l
and p = (l, 0)
and s = T (Some s)
and rr = { a = rr; b = 0 }
and c = ref l
and arr = [| l |]
and f = fun x -> if x then f (not x) else x
and g = let h = fun () -> g () in h
and u = (ignore 1; 2 :: u)
and k = let k = 2 in k
