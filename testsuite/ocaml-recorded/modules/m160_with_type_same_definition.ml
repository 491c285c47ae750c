module type APP = sig
  type project = string * string * int
  val zero : project
end

module App : APP with type project = string * string * int = struct
  type project = string * string * int
  let zero = ("", "", 0)
end

type pair = int * int

module type P = sig
  type 'a box = 'a list
  type t = int * int
  val b : t box
end

(* the same definitions, written otherwise *)
module Q : P with type 'b box = 'b list and type t = pair = struct
  type 'a box = 'a list
  type t = pair
  let b = [ (1, 2) ]
end

module type U = sig
  type u
  type t = u option
  val x : t
end

(* a constraint on a type that an earlier constraint defines *)
module V : U with type u = int and type t = int option = struct
  type u = int
  type t = u option
  let x = Some 3
end

let f (s : App.project) = s
let g = Q.b
let h = V.x
