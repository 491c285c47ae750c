(* Lazy.t abbreviates CamlinternalLazy.t, which an include shows. *)
module Delayed = struct
  include Lazy
  let twice x = force x + force x
end
let v : int Delayed.t = lazy 2
