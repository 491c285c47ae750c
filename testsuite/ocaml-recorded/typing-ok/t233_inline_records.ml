type 'a event =
  | Tick
  | Move of { dx : int; dy : int; mutable label : 'a }
  | Resize of { new_width_in_pixels : int; new_height_in_pixels : int; keep_aspect : bool }
type ('a, 'b) pair = Pair of { right : 'b } | Other of 'a
let shift = function Move r -> Move { r with dx = r.dx + 1 } | e -> e
let relabel l = function Move r -> r.label <- l | _ -> ()
let dx = function Move { dx; _ } -> dx | Tick | Resize _ -> 0
let right = function Pair r -> Some r.right | Other _ -> None
module Shape = struct
  type t = Circle of { radius : float } | Square of { side : float }
  let area = function Circle { radius } -> radius *. radius | Square s -> s.side *. s.side
end
let unit_circle = Shape.Circle { radius = 1. }
