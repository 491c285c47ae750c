module type S = sig
  module M := 1
end
