(* An included name is defined again in the same structure, and a use of
   an included type at another one. *)
module D = struct
  type t = A
  let v = 1
end
module E = struct
  include D
  let w : t = v
end
type t = int
include D
