(* TEST
   * expect
*)

(* `open (M : S)` and `let open (M : S) in`: the module, constrained to the
   module type, typed as an unnamed module and opened. `module M = (N : S)`
   is `module M : S = N`. An `open` in a signature opens a path, or the
   path `F(A)`, whose types it names `F(A).t`. *)

open (List : sig val map : ('a -> 'b) -> 'a list -> 'b list end);;
[%%expect{|
val map : ('a -> 'b) -> 'a list -> 'b list = <fun>
|}]

let l = map succ [0; 1];;
[%%expect{|
val l : int list = [1; 2]
|}]

let length = 3
let v = let open (List : sig val rev : 'a list -> 'a list end) in rev [length];;
[%%expect{|
val length : int = 3
val v : int list = [3]
|}]

let w = let open (struct let q = 3 let r = 4 end : sig val q : int end) in q;;
[%%expect{|
val w : int = 3
|}]

let r = 5
let w' = let open (struct let q = 3 let r = "a" end : sig val q : int end) in r + q;;
[%%expect{|
val r : int = 5
val w' : int = 8
|}]

module N = (struct let x = 1 let y = 2 end : sig val x : int end);;
[%%expect{|
module N : sig val x : int end
|}]

let y = N.y;;
[%%expect{|
Line 1, characters 8-11:
1 | let y = N.y;;
            ^^^
Error: Unbound value N.y
|}]

module Bad = (struct let x = "a" end : sig val x : int end);;
[%%expect{|
Line 1, characters 14-36:
1 | module Bad = (struct let x = "a" end : sig val x : int end);;
                  ^^^^^^^^^^^^^^^^^^^^^^
Error: Signature mismatch:
       Modules do not match:
         sig val x : string end
       is not included in
         sig val x : int end
       Values do not match: val x : string is not included in val x : int
|}]

let bad = let open (struct let x = "a" end : sig val x : int end) in x;;
[%%expect{|
Line 1, characters 20-42:
1 | let bad = let open (struct let x = "a" end : sig val x : int end) in x;;
                        ^^^^^^^^^^^^^^^^^^^^^^
Error: Signature mismatch:
       Modules do not match:
         sig val x : string end
       is not included in
         sig val x : int end
       Values do not match: val x : string is not included in val x : int
|}]

module type S = sig
  open Set.Make (String)
  val s : t
  val e : elt
end;;
[%%expect{|
module type S =
  sig val s : Set.Make(String).t val e : Set.Make(String).elt end
|}]

module M = struct type t = int let zero = 0 end
module type T = sig
  open M
  val z : t
  type u = t list
end;;
[%%expect{|
module M : sig type t = int val zero : int end
module type T = sig val z : M.t type u = M.t list end
|}]

module Z : T = struct let z = M.zero type u = int list end;;
[%%expect{|
module Z : T
|}]
