(* Local opens in patterns (`M.(p)`, `M.{ ... }`, `M.()`, `M.[]`) and the
   empty forms in expressions (`M.[||]`, `M.()`, `M.[]`): the inner part is
   typed where the module is open, and exhaustiveness sees through it.
   `List.[]` is List's own `[]`, of type 'a List.t. *)

module S = struct type t = Sep | Ex of int * int end
module M = struct type u = B of int | C type t = { x : u } end
[%%expect{|
module S : sig type t = Sep | Ex of int * int end
module M : sig type u = B of int | C type t = { x : u; } end
|}]

let f = function S.(Sep) -> 0 | S.(Ex (a, b)) -> a + b
let g (S.(Ex (a, _)), S.(Sep)) = a
[%%expect{|
val f : S.t -> int = <fun>
Line 2, characters 6-34:
2 | let g (S.(Ex (a, _)), S.(Sep)) = a
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
(Ex (_, _), Ex (_, _))
val g : S.t * S.t -> int = <fun>
|}]

let h M.{ x = B n } = n
[%%expect{|
Line 1, characters 6-23:
1 | let h M.{ x = B n } = n
          ^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
{x=C}
val h : M.t -> int = <fun>
|}]

let k = function Stdlib.([]) -> 0 | Stdlib.(x :: _) -> x
let u () = match () with Stdlib.() -> 3
let n = function S.(Sep | Ex _) -> 1
[%%expect{|
val k : int list -> int = <fun>
val u : unit -> int = <fun>
val n : S.t -> int = <fun>
|}]

let q = function S.(Nope) -> 0
[%%expect{|
Line 1, characters 20-24:
1 | let q = function S.(Nope) -> 0
                        ^^^^
Error: Unbound constructor Nope
Hint: Did you mean None?
|}]

let e = Array.[||]
let e2 = Stdlib.()
[%%expect{|
val e : 'a array = [||]
val e2 : unit = ()
|}]

let d = List.[]
let l = List.[1; 2]
let p = match [1] with List.[] -> 0 | _ -> 1
let t = match 1 with Stdlib.[] -> 0 | _ -> 1
[%%expect{|
val d : 'a List.t = List.[]
val l : int List.t = List.(::) (1, [2])
val p : int = 1
Line 4, characters 21-30:
4 | let t = match 1 with Stdlib.[] -> 0 | _ -> 1
                         ^^^^^^^^^
Error: This pattern matches values of type 'a list
       but a pattern was expected which matches values of type int
|}]

let x : int = List.[]
[%%expect{|
Line 1, characters 19-21:
1 | let x : int = List.[]
                       ^^
Error: This expression has type 'a List.t = 'a list
       but an expression was expected of type int
|}]

let y = match 1 with List.[] -> 0 | _ -> 1
[%%expect{|
Line 1, characters 21-28:
1 | let y = match 1 with List.[] -> 0 | _ -> 1
                         ^^^^^^^
Error: This pattern matches values of type 'a List.t = 'a list
       but a pattern was expected which matches values of type int
|}]

let v = match 1 with List.() -> 0 | _ -> 1
[%%expect{|
Line 1, characters 21-28:
1 | let v = match 1 with List.() -> 0 | _ -> 1
                         ^^^^^^^
Error: This pattern matches values of type unit
       but a pattern was expected which matches values of type int
|}]

let w = Nowhere.[]
[%%expect{|
Line 1, characters 8-15:
1 | let w = Nowhere.[]
            ^^^^^^^
Error: Unbound module Nowhere
|}]
