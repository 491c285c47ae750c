exception Not_positive of int
let sqrt_checked x =
  try
    if x < 0 then raise (Not_positive x) else sqrt (float_of_int x)
  with Not_positive n when n > -10 -> 0.
