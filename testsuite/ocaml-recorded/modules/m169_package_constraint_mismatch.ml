module type S = sig type t val x : t end
module M = struct type t = int let x = 1 end
let a = (module M : S with type t = string)
