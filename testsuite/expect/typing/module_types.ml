(* Module types of the simple kind: `module type S = sig ... end` with
   values, types and exceptions, and a structure constrained to one, by
   name or by a signature. Its abstract types are new types of the module;
   a structure that lacks an item, or has a value of another type, is
   OCaml's "Signature mismatch". *)

module type STACK = sig
  type 'a t
  exception Empty
  val empty : 'a t
  val push : 'a -> 'a t -> 'a t
  val pop : 'a t -> 'a * 'a t
end
[%%expect{|
module type STACK =
  sig
    type 'a t
    exception Empty
    val empty : 'a t
    val push : 'a -> 'a t -> 'a t
    val pop : 'a t -> 'a * 'a t
  end
|}]

module Stack : STACK = struct
  type 'a t = 'a list
  exception Empty
  let empty = []
  let push x s = x :: s
  let pop = function [] -> raise Empty | x :: s -> (x, s)
  let size = List.length
end
[%%expect{|
module Stack : STACK
|}]

let s = Stack.push 1 Stack.empty
let top = fst (Stack.pop s)
[%%expect{|
val s : int Stack.t = <abstr>
val top : int = 1
|}]

let l : int list = s
[%%expect{|
Line 1, characters 19-20:
1 | let l : int list = s
                       ^
Error: This expression has type int Stack.t
       but an expression was expected of type int list
|}]

let n = Stack.size s
[%%expect{|
Line 1, characters 8-18:
1 | let n = Stack.size s
            ^^^^^^^^^^
Error: Unbound value Stack.size
|}]

module Counter : sig
  type t = { mutable n : int }
  val make : unit -> t
  val incr : t -> unit
end = struct
  type t = { mutable n : int }
  let make () = { n = 0 }
  let incr c = c.n <- c.n + 1
end
let c = Counter.make ()
let () = Counter.incr c
let k = c.Counter.n
[%%expect{|
module Counter :
  sig
    type t = { mutable n : int; }
    val make : unit -> t
    val incr : t -> unit
  end
val c : Counter.t = {Counter.n = 0}
val k : int = 1
|}]

module type T = sig val x : int val y : int end
module M : T = struct let x = 1 end
[%%expect{|
module type T = sig val x : int val y : int end
Line 2, characters 15-35:
2 | module M : T = struct let x = 1 end
                   ^^^^^^^^^^^^^^^^^^^^
Error: Signature mismatch:
       Modules do not match: sig val x : int end is not included in T
       The value `y' is required but not provided
|}]

let z = M.x
[%%expect{|
Line 1, characters 8-11:
1 | let z = M.x
            ^^^
Error: Unbound module M
|}]

module N : sig val x : int val f : 'a -> 'a end = struct let x = "a" let f x = x end
[%%expect{|
Line 1, characters 50-84:
1 | module N : sig val x : int val f : 'a -> 'a end = struct let x = "a" let f x = x end
                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Signature mismatch:
       Modules do not match:
         sig val x : string val f : 'a -> 'a end
       is not included in
         sig val x : int val f : 'a -> 'a end
       Values do not match: val x : string is not included in val x : int
|}]

module P : sig val f : 'a -> 'a end = struct let f x = x + 1 end
[%%expect{|
Line 1, characters 38-64:
1 | module P : sig val f : 'a -> 'a end = struct let f x = x + 1 end
                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Signature mismatch:
       Modules do not match:
         sig val f : int -> int end
       is not included in
         sig val f : 'a -> 'a end
       Values do not match:
         val f : int -> int
       is not included in
         val f : 'a -> 'a
|}]

module Q : sig val f : int -> int end = struct let f x = x end
let r = Q.f 3
[%%expect{|
module Q : sig val f : int -> int end
val r : int = 3
|}]

module Abs : sig type t val zero : t val succ : t -> t end = struct
  type t = int
  let zero = 0
  let succ n = n + 1
end
let one : int = Abs.succ Abs.zero
[%%expect{|
module Abs : sig type t val zero : t val succ : t -> t end
Line 6, characters 16-33:
6 | let one : int = Abs.succ Abs.zero
                    ^^^^^^^^^^^^^^^^^
Error: This expression has type Abs.t but an expression was expected of type
         int
|}]

module U : Unknown = struct end
[%%expect{|
Line 1, characters 11-18:
1 | module U : Unknown = struct end
               ^^^^^^^
Error: Unbound module type Unknown
|}]

module type T2 = T
module V : T2 = struct let x = 1 let y = 2 end
[%%expect{|
module type T2 = T
module V : T2
|}]
