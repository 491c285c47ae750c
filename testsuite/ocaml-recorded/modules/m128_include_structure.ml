(* `include struct ... end`: its items become the enclosing structure's, in
   a file and in a module; what an `open` inside brings stays inside. *)
module M = struct
  type t = A | B of t * int
  let depth = 0
end
include struct
  open M
  let test = B (B (A, 1), 2)
end
include struct
  open struct let aux x y = x / y end
  let f x = aux x 2
  let g y = aux 3 y
end
include struct
  open struct exception Interrupt end
  let run () = raise Interrupt
  let () = match run () with exception Interrupt -> () | _ -> assert false
end
module N = struct
  include struct
    type u = C of int | D
    exception E of u
    module Q = struct let z = 3 end
    module type S = sig val z : int end
    let v = C Q.z
  end
  let w = match v with C n -> n | D -> 0
end
let depth = M.depth + N.w
