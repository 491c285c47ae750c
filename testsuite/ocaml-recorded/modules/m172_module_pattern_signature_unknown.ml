module type S = sig type t val x : t end
let f (module M) = M.x
