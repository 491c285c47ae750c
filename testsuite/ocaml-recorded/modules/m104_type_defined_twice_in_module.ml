module M = struct
  type t = A
  type t = B
end
