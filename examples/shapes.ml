(* Well typed, with a warning: a shape is forgotten. *)
type shape = Circle of float | Square of float | Rectangle of float * float

let area = function
  | Circle r -> 3.14159 *. r *. r
  | Square s -> s *. s

let () = print_float (area (Rectangle (2.0, 3.0)))
