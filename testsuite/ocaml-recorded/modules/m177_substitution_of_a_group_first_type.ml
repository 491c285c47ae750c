module type S = sig type t and s = t end
module type S' = S with type t := int
module type R = sig type a type t and s = t and u = s end
module type R' = R with type t := int
