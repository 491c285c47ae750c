(* An error after an include of a module with modules inside: the
   submodule is the included module's own. *)
module M = struct
  module N = struct
    let x = 1
  end
end

module P = struct
  include M
end

let bad = P.N.x ^ "one"
