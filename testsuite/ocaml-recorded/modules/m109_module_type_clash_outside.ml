module Shapes = struct
  type shape = Circle of float | Square of float
  let area = function Circle r -> 3.14 *. r *. r | Square s -> s *. s
end
let total = Shapes.area (Shapes.Circle 1.) + 1
let wrong : Shapes.shape list = [ Shapes.area (Shapes.Square 2.) ]
