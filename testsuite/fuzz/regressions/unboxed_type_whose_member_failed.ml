(* Found while rereading the [@@unboxed] change (Prelude::RepresentationHead):
   a declaration whose constructor or field failed to translate stays
   bound, and it was already marked unboxed, so the immediacy of a type
   that named it read a member that was never made (a segmentation fault).
   The declaration is now unboxed only once its member is made. *)
type t = A of undefined [@@unboxed]
type u = U of t [@@unboxed] [@@immediate]
type r = { f : t } [@@unboxed]
let rec x = A x
module M : sig type v [@@immediate] end = struct type v = t end
type w = t [@@immediate]
type s = { g : undefined } [@@unboxed]
type s2 = S of s [@@unboxed] [@@immediate]
let a = [| { g = 1 } |]
