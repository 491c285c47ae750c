(* Type abbreviations in `open struct ... end`: hidden, and shown in the
   signature as their expansions. *)
module N = struct
  open struct
    type 'a pair = 'a * 'a
    type ip = int pair
    let dup x : 'a pair = (x, x)
  end
  let d = dup 1
  let e : ip = d
  type u = int pair
  let f (x : u) = fst x
  let g (l : string list pair) = l
end
open struct type s = float option let z : s = None end
let w = z
type v = s
