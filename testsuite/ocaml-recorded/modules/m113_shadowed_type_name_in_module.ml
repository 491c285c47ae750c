(* A module's type of the same name as a type outside it: both are printed
   with their number, and the message says where each is defined. *)
type shape = Circle
let c = Circle
module Geometry = struct
  type shape = Triangle
  let g : shape -> shape = fun Triangle -> c
end
