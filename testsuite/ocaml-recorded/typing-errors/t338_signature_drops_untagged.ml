module Counter : sig
  external next : int -> int = "next_byte" "next"
end = struct
  external next : (int [@untagged]) -> (int [@untagged]) = "next_byte" "next"
end
