(* flags: -w +A *)
type shape = Circle of float | Square of float | Triangle of float * float * float
let area s =
  match s with
  | Circle r -> 3.14159 *. r *. r
  | Square side -> side *. side
  | Triangle (a, b, c) ->
    let s = (a +. b +. c) /. 2. in
    sqrt (s *. (s -. a) *. (s -. b) *. (s -. c))
let rec total = function [] -> 0. | s :: rest -> area s +. total rest
let unused_helper x = x
