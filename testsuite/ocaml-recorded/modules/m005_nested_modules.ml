module A = struct
  type t = One | Two
  module B = struct
    type u = { v : t; w : int }
    let make v = { v; w = 0 }
    module C = struct let deep = make Two end
  end
  let get (b : B.u) = b.B.v
end

let x = A.B.C.deep
let y = A.get x
let z = x.A.B.w
let f = function A.One -> 1 | A.Two -> 2
open A.B
let g (u : u) = u.w
