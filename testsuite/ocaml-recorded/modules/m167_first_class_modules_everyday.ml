module type Shape = sig
  val name : string
  val area : float -> float
end

module Square : Shape = struct
  let name = "square"
  let area s = s *. s
end

module Circle = struct
  let name = "circle"
  let area r = 3.14159 *. r *. r
  let extra = 1
end

let shapes = [ (module Square : Shape); (module Circle : Shape) ]

let describe (s : (module Shape)) x =
  let module S = (val s : Shape) in
  Printf.sprintf "%s: %f" S.name (S.area x)

let all x = List.map (fun s -> describe s x) shapes

let pick name : (module Shape) =
  if name = "square" then (module Square) else (module Circle)

module Chosen = (val pick "circle")

let ord : (module Map.OrderedType) = (module Int)
module O = (val ord)

module type Counter = sig
  type t
  val zero : t
  val incr : t -> t
  val get : t -> int
end

let make () : (module Counter with type t = int) =
  (module struct
    type t = int
    let zero = 0
    let incr x = x + 1
    let get x = x
  end)

let run (c : (module Counter)) =
  let module C = (val c) in
  C.get (C.incr (C.incr C.zero))

module F (X : sig val m : (module Shape) end) = struct
  let n = let module M = (val X.m) in M.name
end
module G = F (struct let m = (module Square : Shape) end)
let table = Hashtbl.create 10
let () = Hashtbl.add table "sq" (module Square : Shape)
let get k = Hashtbl.find table k
