module M = struct
  type t = A | B
  let x : int = A
end
