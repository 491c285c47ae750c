(* `external` declarations: typed as a value of their type, printed with
   their primitives; one that is not a function type is OCaml's error. *)

external succ_prim : int -> int = "%succint"
let two = succ_prim 1
[%%expect{|
external succ_prim : int -> int = "%succint"
val two : int = 2
|}]

external pair_fst : 'a * 'b -> 'a = "%field0" [@@noalloc]
[%%expect{|
external pair_fst : 'a * 'b -> 'a = "%field0" [@@noalloc]
|}]

external answer : int = "caml_answer"
[%%expect{|
Line 1, characters 18-21:
1 | external answer : int = "caml_answer"
                      ^^^
Error: External identifiers must be functions
|}]

type handler = int -> unit
external install : handler = "caml_install"
[%%expect{|
type handler = int -> unit
Line 2, characters 19-26:
2 | external install : handler = "caml_install"
                       ^^^^^^^
Error: External identifiers must be functions
|}]

external coerce : 'a -> 'b = "%identity"
let n : int = coerce 3
[%%expect{|
external coerce : 'a -> 'b = "%identity"
val n : int = 3
|}]

module Text = struct
  include Bytes
  let twice b = cat b b
end
let t = Text.length (Text.twice (Text.of_string "ab"))
[%%expect{|
module Text :
  sig
    external length : bytes -> int = "%bytes_length"
    external get : bytes -> int -> char = "%bytes_safe_get"
    external set : bytes -> int -> char -> unit = "%bytes_safe_set"
    external create : int -> bytes = "caml_create_bytes"
    val make : int -> char -> bytes
    val init : int -> (int -> char) -> bytes
    val empty : bytes
    val copy : bytes -> bytes
    val of_string : string -> bytes
    val to_string : bytes -> string
    val sub : bytes -> int -> int -> bytes
    val sub_string : bytes -> int -> int -> string
    val extend : bytes -> int -> int -> bytes
    val fill : bytes -> int -> int -> char -> unit
    val blit : bytes -> int -> bytes -> int -> int -> unit
    val blit_string : string -> int -> bytes -> int -> int -> unit
    val concat : bytes -> bytes list -> bytes
    val cat : bytes -> bytes -> bytes
    val iter : (char -> unit) -> bytes -> unit
    val iteri : (int -> char -> unit) -> bytes -> unit
    val map : (char -> char) -> bytes -> bytes
    val mapi : (int -> char -> char) -> bytes -> bytes
    val fold_left : ('a -> char -> 'a) -> 'a -> bytes -> 'a
    val fold_right : (char -> 'a -> 'a) -> bytes -> 'a -> 'a
    val for_all : (char -> bool) -> bytes -> bool
    val exists : (char -> bool) -> bytes -> bool
    val trim : bytes -> bytes
    val escaped : bytes -> bytes
    val index : bytes -> char -> int
    val index_opt : bytes -> char -> int option
    val rindex : bytes -> char -> int
    val rindex_opt : bytes -> char -> int option
    val index_from : bytes -> int -> char -> int
    val index_from_opt : bytes -> int -> char -> int option
    val rindex_from : bytes -> int -> char -> int
    val rindex_from_opt : bytes -> int -> char -> int option
    val contains : bytes -> char -> bool
    val contains_from : bytes -> int -> char -> bool
    val rcontains_from : bytes -> int -> char -> bool
    val uppercase : bytes -> bytes
    val lowercase : bytes -> bytes
    val capitalize : bytes -> bytes
    val uncapitalize : bytes -> bytes
    val uppercase_ascii : bytes -> bytes
    val lowercase_ascii : bytes -> bytes
    val capitalize_ascii : bytes -> bytes
    val uncapitalize_ascii : bytes -> bytes
    type t = bytes
    val compare : t -> t -> int
    val equal : t -> t -> bool
    val starts_with : prefix:bytes -> bytes -> bool
    val ends_with : suffix:bytes -> bytes -> bool
    val unsafe_to_string : bytes -> string
    val unsafe_of_string : string -> bytes
    val split_on_char : char -> bytes -> bytes list
    val to_seq : t -> char Seq.t
    val to_seqi : t -> (int * char) Seq.t
    val of_seq : char Seq.t -> t
    val get_uint8 : bytes -> int -> int
    val get_int8 : bytes -> int -> int
    val get_uint16_ne : bytes -> int -> int
    val get_uint16_be : bytes -> int -> int
    val get_uint16_le : bytes -> int -> int
    val get_int16_ne : bytes -> int -> int
    val get_int16_be : bytes -> int -> int
    val get_int16_le : bytes -> int -> int
    val get_int32_ne : bytes -> int -> int32
    val get_int32_be : bytes -> int -> int32
    val get_int32_le : bytes -> int -> int32
    val get_int64_ne : bytes -> int -> int64
    val get_int64_be : bytes -> int -> int64
    val get_int64_le : bytes -> int -> int64
    val set_uint8 : bytes -> int -> int -> unit
    val set_int8 : bytes -> int -> int -> unit
    val set_uint16_ne : bytes -> int -> int -> unit
    val set_uint16_be : bytes -> int -> int -> unit
    val set_uint16_le : bytes -> int -> int -> unit
    val set_int16_ne : bytes -> int -> int -> unit
    val set_int16_be : bytes -> int -> int -> unit
    val set_int16_le : bytes -> int -> int -> unit
    val set_int32_ne : bytes -> int -> int32 -> unit
    val set_int32_be : bytes -> int -> int32 -> unit
    val set_int32_le : bytes -> int -> int32 -> unit
    val set_int64_ne : bytes -> int -> int64 -> unit
    val set_int64_be : bytes -> int -> int64 -> unit
    val set_int64_le : bytes -> int -> int64 -> unit
    external unsafe_get : bytes -> int -> char = "%bytes_unsafe_get"
    external unsafe_set : bytes -> int -> char -> unit = "%bytes_unsafe_set"
    external unsafe_blit : bytes -> int -> bytes -> int -> int -> unit
      = "caml_blit_bytes" [@@noalloc]
    external unsafe_blit_string :
      string -> int -> bytes -> int -> int -> unit = "caml_blit_string"
      [@@noalloc]
    external unsafe_fill : bytes -> int -> int -> char -> unit
      = "caml_fill_bytes" [@@noalloc]
    val twice : bytes -> bytes
  end
val t : int = 4
|}]

module type PRIMS = sig
  external length : string -> int = "%string_length"
end
module Prims : PRIMS = struct
  external length : string -> int = "%string_length"
end
[%%expect{|
module type PRIMS =
  sig external length : string -> int = "%string_length" end
module Prims : PRIMS
|}]

(* Warning 61: a type of one constructor with one argument, or of one
   field, that the external uses one level down and that says neither
   [@@boxed] nor [@@unboxed]. *)
type i = I of int
type j = { j : int } [@@boxed]
external id : i -> i = "%identity"
external to_j : i -> j = "%identity"
[%%expect{|
type i = I of int
type j = { j : int; }
Line 3, characters 0-34:
3 | external id : i -> i = "%identity"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 61 [unboxable-type-in-prim-decl]: This primitive declaration uses type i, whose representation
may be either boxed or unboxed. Without an annotation to indicate
which representation is intended, the boxed representation has been
selected by default. This default choice may change in future
versions of the compiler, breaking the primitive implementation.
You should explicitly annotate the declaration of i
with [@@boxed] or [@@unboxed], so that its external interface
remains stable in the future.
external id : i -> i = "%identity"
Line 4, characters 0-36:
4 | external to_j : i -> j = "%identity"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 61 [unboxable-type-in-prim-decl]: This primitive declaration uses type i, whose representation
may be either boxed or unboxed. Without an annotation to indicate
which representation is intended, the boxed representation has been
selected by default. This default choice may change in future
versions of the compiler, breaking the primitive implementation.
You should explicitly annotate the declaration of i
with [@@boxed] or [@@unboxed], so that its external interface
remains stable in the future.
external to_j : i -> j = "%identity"
|}]
