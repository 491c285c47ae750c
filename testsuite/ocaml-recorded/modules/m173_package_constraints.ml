module type S = sig type t val x : t end
let s : (module Set.S with type elt = int) = (module Set.Make (Int))
let p : (module S with type t = int) = (module struct type t = int let x = 1 end)
module M = struct type t = A let x = A end
let q = (module M : S with type t = M.t)
let r = (module M : S)
module N = (val q)
let y = N.x = M.A
let f (type a) (m : (module S with type t = a)) : a = let module X = (val m) in X.x
let z = f q
