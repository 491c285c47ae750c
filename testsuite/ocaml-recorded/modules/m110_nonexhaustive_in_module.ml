module M = struct
  type t = A | B | C
  let f = function A -> 1 | B -> 2
end
let g = function M.A -> 0
