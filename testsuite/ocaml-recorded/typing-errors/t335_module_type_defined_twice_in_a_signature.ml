module type OUTER = sig
  module type S = sig end
  module type S = sig type t end
end
