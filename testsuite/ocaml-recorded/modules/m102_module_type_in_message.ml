module M = struct
  type t = A | B
  let x : t = A
end
let y : int = M.x
