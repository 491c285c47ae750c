(* Externals: two primitives, [@@noalloc], a % primitive, in a module, in
   a module type, and a module that includes a library module's externals. *)
external hypot : float -> float -> float = "caml_hypot_float" "caml_hypot"
external ( +! ) : int -> int -> int = "%addint"
external cheap : int -> int = "my_cheap" [@@noalloc]
external same : 'a -> 'a = "%identity"
let three = 1 +! 2
let s : string = same "s"
module type PRIM = sig
  external length : string -> int = "%string_length"
  val name : string
end
module P : PRIM = struct
  external length : string -> int = "%string_length"
  let name = "P"
end
module Text = struct
  include String
  let shout s = uppercase_ascii s ^ "!"
end
let n = Text.length (Text.shout "hi")
