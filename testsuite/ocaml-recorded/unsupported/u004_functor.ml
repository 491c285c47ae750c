module type ORD = sig type t val compare : t -> t -> int end
module MakeSet (O : ORD) = struct
  let mem x l = List.exists (fun y -> O.compare x y = 0) l
end
