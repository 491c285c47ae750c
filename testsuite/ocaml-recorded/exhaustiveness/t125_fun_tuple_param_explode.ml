type p = P of int * int
let f = fun (Some (P (1, _))) -> 0
