let combine_all (f : int -> string -> float) (g : float -> bool -> char) (h : char -> string list) x y z =
  h (g (f x y) z)
