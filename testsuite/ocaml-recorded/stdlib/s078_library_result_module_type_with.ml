(* A module type of the library that is a functor's result (Map.S), with a
   constraint, as a functor's parameter (once refused, once unbound). *)
module type STRING_MAP = Map.S with type key = string

module Count (M : STRING_MAP) = struct
  let add word counts =
    M.update word (function None -> Some 1 | Some n -> Some (n + 1)) counts
end
