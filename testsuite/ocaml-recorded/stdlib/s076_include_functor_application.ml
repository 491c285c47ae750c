(* `include F (A)` in a structure: the application's items are the
   structure's, its types named by the structure's path. *)
module S = struct
  include Set.Make (String)
  let pick s = String.length (choose s)
end
module M = struct
  include Map.Make (struct type t = int let compare = compare end)
  let size = cardinal
end
let x = S.add "a" S.empty
