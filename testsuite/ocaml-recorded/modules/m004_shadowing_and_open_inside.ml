module Geometry = struct
  open List
  type point = { x : float; y : float }
  let origin = { x = 0.; y = 0. }
  let dist a b = sqrt (((a.x -. b.x) ** 2.) +. ((a.y -. b.y) ** 2.))
  let total ps = fold_left (fun acc p -> acc +. dist origin p) 0. ps
  let origin = (origin, 0)
end

module Stack = struct
  type 'a t = { mutable items : 'a list }
  exception Empty
  let create () = { items = [] }
  let push s x = s.items <- x :: s.items
  let pop s = match s.items with [] -> raise Empty | x :: r -> s.items <- r; x
end

let s = Stack.create ()
let () = Stack.push s 3
let top = try Stack.pop s with Stack.Empty -> 0
let p = { Geometry.x = 1.; y = 2. }
let d = Geometry.(dist p (fst origin))
let q = Geometry.{ x = 3.; y = 4. }
let xs = Geometry.[ p; q ]
let name = function { Geometry.x; _ } -> x
