type t = [ `A of ]
