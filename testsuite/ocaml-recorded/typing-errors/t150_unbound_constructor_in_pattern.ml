type shape = Circle of float | Square of float
let area = function Circle r -> r *. r | Sqare s -> s *. s
