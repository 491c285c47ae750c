module type S = sig type t val x : t end
let (module M : S) = (module struct type t = int let x = 1 end : S)
