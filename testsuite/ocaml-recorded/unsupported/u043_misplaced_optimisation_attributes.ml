let f x = x
let y = 3 [@inline]
let z = (f [@specialised]) 2
let[@inline] v = 3
let c = (1 + 2) [@inlined]
let d = ((fun x -> x) [@inline] [@inline]) 1
let e x = (f [@inline foo]) x
let k = ( + ) [@inlined]
module M = struct let a = 1 [@inline] end
let b = M.a
