module type ORD = sig type t val compare : t -> t -> int end
module MakeSet (O : ORD) = struct
  let mem x l = List.exists (fun y -> O.compare x y = 0) l
end
module IntSet = MakeSet (Int)
let found = IntSet.mem 3 [1; 2; 3]
module PairSet = MakeSet (struct
  type t = int * string
  let compare = compare
end)
let p = PairSet.mem (1, "a") []
