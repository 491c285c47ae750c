module M = struct
  type t = { a : int }
end
let f r = r.a
