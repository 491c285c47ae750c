(* `open struct ... end` of types, exceptions, modules and module types
   that the signature does not show, at the top of a file and in a module. *)
open struct
  type color = Red | Green
  type point = { x : int; y : int }
  exception Stop of int
  module A = struct type t = T let v = T end
  module type S = sig val n : int end
  module B : S = struct let n = 2 end
  let code = function Red -> 1 | Green -> 2
end
let total = code Red + code Green + B.n
let norm () = let p = { x = 1; y = 2 } in p.x + p.y
let f x = try if x > 0 then raise (Stop x) else 0 with Stop n -> n
let is_t = match A.v with A.T -> true
module M = struct
  open struct
    type state = { mutable n : int }
    let state = { n = 0 }
  end
  let incr () = state.n <- state.n + 1
  let get () = state.n
end
