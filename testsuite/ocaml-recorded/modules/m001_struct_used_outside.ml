module M = struct
  type t = A | B of int
  type r = { name : string; age : int }
  exception Oops of string
  let x = 1
  let f y = y + x
  let x = "s"
  let mk n = { name = n; age = 3 }
  module N = struct
    type u = t list
    let g (v : t) : u = [v]
  end
end

let a = M.A
let b = M.f 3
let c = M.N.g a
let r = M.mk "x"
let n = r.M.name
let r2 = M.{ name = "a"; age = 2 }
let k = M.(f 2)
open M
let z = B 3
let w = let open M.N in g (B 1)
let e = raise (Oops "x")
