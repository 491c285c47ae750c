module type S = sig val x : int end
module M = struct let x = 1 end
let m = (module M : S)
let v = let module N = (val m : S) in N.x
