(* First-class modules (Typetexp's Ptyp_package, Typecore's Pexp_pack,
   Typemod's Pmod_unpack): package types, packing a module, unpacking one. *)

module type S = sig
  type t
  val x : t
  val show : t -> string
end

module I = struct
  type t = int
  let x = 1
  let show = string_of_int
end

module B = struct
  type t = bool
  let x = true
  let show = string_of_bool
end
[%%expect{|
module type S = sig type t val x : t val show : t -> string end
module I : sig type t = int val x : int val show : int -> string end
module B : sig type t = bool val x : bool val show : bool -> string end
|}]

let modules : (module S) list = [ (module I); (module B : S) ]
let show (m : (module S)) = let module M = (val m) in M.show M.x
let shows = List.map show modules
[%%expect{|
val modules : (module S) list = [<module>; <module>]
val show : (module S) -> string = <fun>
val shows : string list = ["1"; "true"]
|}]

module J = (val (List.hd modules) : S)
let j = J.show J.x
[%%expect{|
module J : S
val j : string = "1"
|}]

module type T = S
let same (m : (module T)) : (module S) = m
let of_struct = (module struct type t = unit let x = () let show () = "()" end : S)
let choose b : (module S) = if b then (module I) else (module B)
[%%expect{|
module type T = S
val same : (module T) -> (module S) = <fun>
val of_struct : (module S) = <module>
val choose : bool -> (module S) = <fun>
|}]

let int_of (m : (module S with type t = int)) = let module M = (val m) in M.x + 1
module Str = struct type t = string let x = "a" let show s = s end
module K = (val (module Str : S with type t = string))
let k = K.x ^ "!"
[%%expect{|
val int_of : (module S with type t = int) -> int = <fun>
module Str : sig type t = string val x : string val show : 'a -> 'a end
module K : sig type t = string val x : t val show : t -> string end
val k : string = "a!"
|}]

let describe (module M : S) = M.show M.x
let first () = let (module M) = (List.hd modules : (module S)) in M.show M.x
let matched = match List.hd modules with (module M : S) -> M.show M.x
[%%expect{|
val describe : (module S) -> string = <fun>
val first : unit -> string = <fun>
val matched : string = "1"
|}]

(* The errors. *)

let cannot = (module I)
[%%expect{|
Line 1, characters 13-23:
1 | let cannot = (module I)
                 ^^^^^^^^^^
Error: The signature for this packaged module couldn't be inferred.
|}]

let not_packed : int = (module I)
[%%expect{|
Line 1, characters 23-33:
1 | let not_packed : int = (module I)
                           ^^^^^^^^^^
Error: This expression is packed module, but the expected type is int
|}]

module N = (val 3)
[%%expect{|
Line 1, characters 11-18:
1 | module N = (val 3)
               ^^^^^^^
Error: This expression is not a packed module. It has type int
|}]

let unknown x = let module M = (val x) in M.x
[%%expect{|
Line 1, characters 31-38:
1 | let unknown x = let module M = (val x) in M.x
                                   ^^^^^^^
Error: The signature for this packaged module couldn't be inferred.
|}]

let missing = (module struct let x = 1 end : S)
[%%expect{|
Line 1, characters 22-42:
1 | let missing = (module struct let x = 1 end : S)
                          ^^^^^^^^^^^^^^^^^^^^
Error: Signature mismatch:
       Modules do not match: sig val x : int end is not included in S
       The type `t' is required but not provided
       The value `show' is required but not provided
|}]

let wrong (m : (module S)) : int = m
[%%expect{|
Line 1, characters 35-36:
1 | let wrong (m : (module S)) : int = m
                                       ^
Error: This expression has type (module S)
       but an expression was expected of type int
|}]

let other (m : (module S with type t = int)) : (module S with type t = bool) = m
[%%expect{|
Line 1, characters 79-80:
1 | let other (m : (module S with type t = int)) : (module S with type t = bool) = m
                                                                                   ^
Error: This expression has type (module S with type t = int)
       but an expression was expected of type (module S with type t = bool)
       Type int is not compatible with type bool
|}]

module type U = sig val y : int end
let differ (m : (module S)) : (module U) = m
[%%expect{|
module type U = sig val y : int end
Line 2, characters 43-44:
2 | let differ (m : (module S)) : (module U) = m
                                               ^
Error: This expression has type (module S)
       but an expression was expected of type (module U)
|}]

let unbound (m : (module COUNTER)) = m
[%%expect{|
Line 1, characters 17-33:
1 | let unbound (m : (module COUNTER)) = m
                     ^^^^^^^^^^^^^^^^
Error: Unbound module type COUNTER
|}]

let top_level = let (module M : S) = List.hd modules in M.show M.x
let (module M : S) = List.hd modules
[%%expect{|
val top_level : string = "1"
Line 2, characters 12-13:
2 | let (module M : S) = List.hd modules
                ^
Error: Modules are not allowed in this pattern.
|}]

module V = (val (raise Exit : (module S with type t = 'a)))
[%%expect{|
Line 1, characters 11-59:
1 | module V = (val (raise Exit : (module S with type t = 'a)))
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: The type of this packed module contains variables:
       (module S with type t = 'a)
|}]

(* The types a package constrains are the packed module's: one the
   structure defines may not leave it (Typemod's Scoping_pack). *)
module type T = sig type t end
type 'a s = (module T with type t = 'a)
let ok : 'a s = (module struct type t = int end)
[%%expect{|
module type T = sig type t end
type 'a s = (module T with type t = 'a)
val ok : int s = <module>
|}]

let local : 'a s = (module struct type t = A end)
[%%expect{|
Line 1, characters 27-48:
1 | let local : 'a s = (module struct type t = A end)
                               ^^^^^^^^^^^^^^^^^^^^^
Error: The type t in this module cannot be exported.
       Its type contains local dependencies: t
|}]

let deeper = (module struct type elt = A type t = elt list end : T with type t = _ list)
[%%expect{|
Line 1, characters 21-62:
1 | let deeper = (module struct type elt = A type t = elt list end : T with type t = _ list)
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: The type t in this module cannot be exported.
       Its type contains local dependencies: elt list
|}]

let missing : 'a s = (module struct end)
[%%expect{|
Line 1, characters 29-39:
1 | let missing : 'a s = (module struct end)
                                 ^^^^^^^^^^
Error: Signature mismatch:
       Modules do not match: sig end is not included in T
       The type `t' is required but not provided
|}]
