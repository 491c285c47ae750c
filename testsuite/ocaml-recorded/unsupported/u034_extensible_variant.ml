type t = ..
type t += A | B of int
