(* The representation of an external's arguments and result: `[@unboxed]`
   and `[@untagged]` on them or on the whole external, the old "noalloc" and
   "float" strings, and OCaml's errors for each misuse. *)

external hypot_u : (float [@unboxed]) -> (float [@unboxed]) -> (float [@unboxed])
  = "my_hypot_byte" "my_hypot"
external scale : (float [@unboxed]) -> (int [@untagged]) -> float = "sc_b" "sc_n"
external bits : (int64 [@unboxed]) -> (int32 [@ocaml.unboxed]) = "bits_b" "bits_n"
  [@@noalloc]
[%%expect{|
external hypot_u : float -> float -> float = "my_hypot_byte" "my_hypot"
  [@@unboxed]
external scale : (float [@unboxed]) -> (int [@untagged]) -> float = "sc_b"
  "sc_n"
external bits : int64 -> int32 = "bits_b" "bits_n" [@@unboxed] [@@noalloc]
|}]

external all_unboxed : float -> float -> float = "au_b" "au_n" [@@unboxed] [@@noalloc]
external all_untagged : int -> int = "at_b" "at_n" [@@noalloc] [@@ocaml.untagged]
[%%expect{|
external all_unboxed : float -> float -> float = "au_b" "au_n" [@@unboxed]
  [@@noalloc]
external all_untagged : int -> int = "at_b" "at_n" [@@untagged] [@@noalloc]
|}]

(* Elsewhere than an external's type, the attributes mean nothing. *)
type meters = (float [@unboxed])
let ident (x : int [@untagged]) = x
[%%expect{|
type meters = float
val ident : int -> int = <fun>
|}]

external wrong_kind : (float [@untagged]) -> int = "wk_b" "wk_n"
[%%expect{|
Line 1, characters 23-28:
1 | external wrong_kind : (float [@untagged]) -> int = "wk_b" "wk_n"
                           ^^^^^
Error: Don't know how to untag this type. Only int can be untagged.
|}]

external wrong_type : string -> (string [@unboxed]) = "wt_b" "wt_n"
[%%expect{|
Line 1, characters 33-39:
1 | external wrong_type : string -> (string [@unboxed]) = "wt_b" "wt_n"
                                     ^^^^^^
Error: Don't know how to unbox this type.
       Only float, int32, int64 and nativeint can be unboxed.
|}]

external global_wrong : float -> string = "gw_b" "gw_n" [@@unboxed]
[%%expect{|
Line 1, characters 33-39:
1 | external global_wrong : float -> string = "gw_b" "gw_n" [@@unboxed]
                                     ^^^^^^
Error: Don't know how to unbox this type.
       Only float, int32, int64 and nativeint can be unboxed.
|}]

external on_arrow : int -> (int -> int [@untagged]) = "oa_b" "oa_n"
[%%expect{|
Line 1, characters 28-38:
1 | external on_arrow : int -> (int -> int [@untagged]) = "oa_b" "oa_n"
                                ^^^^^^^^^^
Error: Don't know how to untag this type. Only int can be untagged.
|}]

external deep : (float [@unboxed]) list -> unit = "dp_b" "dp_n"
[%%expect{|
Line 1, characters 17-22:
1 | external deep : (float [@unboxed]) list -> unit = "dp_b" "dp_n"
                     ^^^^^
Error: The attribute '@unboxed' should be attached to
       a direct argument or result of the primitive,
       it should not occur deeply into its type.
|}]

external no_native : (int [@untagged]) -> unit = "nn_b"
[%%expect{|
Line 1, characters 0-55:
1 | external no_native : (int [@untagged]) -> unit = "nn_b"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: [@The native code version of the primitive is mandatory
       when attributes [@untagged] or [@unboxed] are present.
|}]

external twice_said : (int [@untagged] [@untagged]) -> unit = "ts_b" "ts_n"
[%%expect{|
Line 1, characters 41-49:
1 | external twice_said : (int [@untagged] [@untagged]) -> unit = "ts_b" "ts_n"
                                             ^^^^^^^^
Error: Too many `untagged' attributes
|}]

external both : float -> float = "bo_b" "bo_n" [@@unboxed] [@@untagged]
[%%expect{|
Line 1, characters 50-57:
1 | external both : float -> float = "bo_b" "bo_n" [@@unboxed] [@@untagged]
                                                      ^^^^^^^
Error: Too many [@unboxed]/[@untagged] attributes
|}]

external own_and_global : (float [@unboxed]) -> float = "og_b" "og_n" [@@unboxed]
[%%expect{|
Line 1, characters 35-42:
1 | external own_and_global : (float [@unboxed]) -> float = "og_b" "og_n" [@@unboxed]
                                       ^^^^^^^
Error: Too many [@unboxed]/[@untagged] attributes
|}]

external noalloc_twice : int -> int = "nt_b" [@@noalloc] [@@noalloc]
[%%expect{|
Line 1, characters 60-67:
1 | external noalloc_twice : int -> int = "nt_b" [@@noalloc] [@@noalloc]
                                                                ^^^^^^^
Error: Too many `noalloc' attributes
|}]

external old_noalloc : float -> float = "on_b" "noalloc" "on_n"
external old_float : float -> float = "of_b" "of_n" "float"
external named_float : float -> float = "nf_b" "float"
[%%expect{|
Line 1, characters 0-63:
1 | external old_noalloc : float -> float = "on_b" "noalloc" "on_n"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Alert deprecated: [@@noalloc] should be used instead of "noalloc"
external old_noalloc : float -> float = "on_b" "on_n" [@@noalloc]
Line 2, characters 0-59:
2 | external old_float : float -> float = "of_b" "of_n" "float"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Alert deprecated: [@@unboxed] + [@@noalloc] should be used
instead of "float"
external old_float : float -> float = "of_b" "of_n" [@@unboxed] [@@noalloc]
external named_float : float -> float = "nf_b" "float"
|}]

external old_and_new : int -> int = "an_b" "noalloc" [@@noalloc]
[%%expect{|
Line 1, characters 0-64:
1 | external old_and_new : int -> int = "an_b" "noalloc" [@@noalloc]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Cannot use "noalloc" in conjunction with [@@noalloc].
|}]

external float_and_attribute : (float [@unboxed]) -> float = "fa_b" "fa_n" "float"
[%%expect{|
Line 1, characters 0-82:
1 | external float_and_attribute : (float [@unboxed]) -> float = "fa_b" "fa_n" "float"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Cannot use "float" in conjunction with [@unboxed]/[@untagged].
|}]

module Kept : sig
  external scale : (float [@unboxed]) -> (int [@untagged]) -> float = "sc_b" "sc_n"
end = struct
  external scale : (float [@unboxed]) -> (int [@untagged]) -> float = "sc_b" "sc_n"
end
[%%expect{|
module Kept :
  sig
    external scale : (float [@unboxed]) -> (int [@untagged]) -> float
      = "sc_b" "sc_n"
  end
|}]

module Dropped : sig
  external scale : float -> int -> float = "sc_b" "sc_n"
end = struct
  external scale : (float [@unboxed]) -> (int [@untagged]) -> float = "sc_b" "sc_n"
end
[%%expect{|
Lines 3-5, characters 6-3:
3 | ......struct
4 |   external scale : (float [@unboxed]) -> (int [@untagged]) -> float = "sc_b" "sc_n"
5 | end
Error: Signature mismatch:
       Modules do not match:
         sig
           external scale : (float [@unboxed]) -> (int [@untagged]) -> float
             = "sc_b" "sc_n"
         end
       is not included in
         sig external scale : float -> int -> float = "sc_b" "sc_n" end
       Values do not match:
         external scale : (float [@unboxed]) -> (int [@untagged]) -> float
           = "sc_b" "sc_n"
       is not included in
         external scale : float -> int -> float = "sc_b" "sc_n"
|}]

module Not_a_primitive : sig
  external id : int -> int = "%identity"
end = struct
  let id x = x
end
[%%expect{|
Lines 3-5, characters 6-3:
3 | ......struct
4 |   let id x = x
5 | end
Error: Signature mismatch:
       Modules do not match:
         sig val id : 'a -> 'a end
       is not included in
         sig external id : int -> int = "%identity" end
       Values do not match:
         val id : 'a -> 'a
       is not included in
         external id : int -> int = "%identity"
|}]

module Made_a_value : sig
  val get : int -> int
end = struct
  external get : int -> int = "%identity"
end
[%%expect{|
module Made_a_value : sig val get : int -> int end
|}]

module Other_allocation : sig
  external get : int -> int = "gt_b"
end = struct
  external get : int -> int = "gt_b" [@@noalloc]
end
[%%expect{|
Lines 3-5, characters 6-3:
3 | ......struct
4 |   external get : int -> int = "gt_b" [@@noalloc]
5 | end
Error: Signature mismatch:
       Modules do not match:
         sig external get : int -> int = "gt_b" [@@noalloc] end
       is not included in
         sig external get : int -> int = "gt_b" end
       Values do not match:
         external get : int -> int = "gt_b" [@@noalloc]
       is not included in
         external get : int -> int = "gt_b"
|}]
