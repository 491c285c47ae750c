(* The library's externals whose arguments differ in representation, seen
   through a module type that names them as externals. *)
module F : sig
  external ldexp : (float [@unboxed]) -> (int [@untagged]) -> (float [@unboxed])
    = "caml_ldexp_float" "caml_ldexp_float_unboxed" [@@noalloc]
  external sign_bit : (float [@unboxed]) -> bool = "caml_signbit_float" "caml_signbit"
    [@@noalloc]
  external sqrt : float -> float = "caml_sqrt_float" "sqrt" [@@unboxed] [@@noalloc]
end = Float
module T : sig
  external time : unit -> (float [@unboxed]) = "caml_sys_time" "caml_sys_time_unboxed"
    [@@noalloc]
end = Sys
let half = F.ldexp 1.0 (-1)
