(* A module with modules inside, included: its submodules are aliased
   (`module N = M.N`), at the top and inside another structure, and a
   library module's too. *)
module M = struct
  module N = struct
    let x = 1
  end

  let y = N.x + 1
end

include M

module P = struct
  include M

  let z = N.x + y
end

module A = struct
  include Array
end

let total = N.x + P.N.x + P.z + A.length (A.make 2 0.) + A.Floatarray.length (A.Floatarray.create 3)
