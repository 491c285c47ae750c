module M = struct
  type t = A | B
end
let x = M.C
