type shape = { kind : string; sides : int }
let describe = function
  | { kind = "circle"; _ } -> "round"
  | { sides = 3; _ } -> "triangle"
  | { sides; _ } -> string_of_int sides ^ " sides"
