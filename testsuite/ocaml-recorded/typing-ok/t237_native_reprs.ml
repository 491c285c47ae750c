(* Externals whose arguments or result are unboxed or untagged, said on
   each or on the whole external, and the old "noalloc" and "float". *)
external scale : (float [@unboxed]) -> (int [@untagged]) -> float = "scale_byte" "scale"
external norm : float -> float -> float = "norm_byte" "norm" [@@unboxed] [@@noalloc]
external count : int -> int = "count_byte" "count" [@@untagged]
external legacy : float -> float = "legacy_byte" "legacy" "float"
type meters = (float [@unboxed])
