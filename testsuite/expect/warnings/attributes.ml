(* Warning attributes (OCaml's Builtin_attributes.warning_scope): on an
   expression, a binding, an item, or floating for the rest of the
   structure; in the toplevel a floating one holds for the phrases after
   it. OCaml's part recorded with OCaml 4.13.1's expect tool. *)

[@@@warning "-26"]
let f () = let z = 3 in 4
[%%expect{|
val f : unit -> int = <fun>
|}]
let g () = let z = 3 in 4
[%%expect{|
val g : unit -> int = <fun>
|}]
let h () = let z = 3 in 4 [@@warning "+26"]
[%%expect{|
Line 1, characters 15-16:
1 | let h () = let z = 3 in 4 [@@warning "+26"]
                   ^
Warning 26 [unused-var]: unused variable z.
val h : unit -> int = <fun>
|}]
let i () = (let z = 3 in 4) [@warning "+26"]
[%%expect{|
Line 1, characters 16-17:
1 | let i () = (let z = 3 in 4) [@warning "+26"]
                    ^
Warning 26 [unused-var]: unused variable z.
val i : unit -> int = <fun>
|}]
let j () = (let z = 3 in 4) [@ocaml.warning "+26"] [@@warning "-26"]
[%%expect{|
Line 1, characters 16-17:
1 | let j () = (let z = 3 in 4) [@ocaml.warning "+26"] [@@warning "-26"]
                    ^
Warning 26 [unused-var]: unused variable z.
val j : unit -> int = <fun>
|}]

[@@@warning "+26"]
[%%expect{|
|}]
module M = struct
  [@@@warning "-26"]
  let f () = let z = 3 in 4
end
let g () = let z = 3 in 4
[%%expect{|
module M : sig val f : unit -> int end
Line 5, characters 15-16:
5 | let g () = let z = 3 in 4
                   ^
Warning 26 [unused-var]: unused variable z.
val g : unit -> int = <fun>
|}]
type t = A | B [@@warning "-37"]
let x : t = A
[%%expect{|
type t = A | B
val x : t = A
|}]
let f () = let z = 3 [@@warning "-26"] and w = 4 in w
[%%expect{|
val f : unit -> int = <fun>
|}]
let p = function Some x -> x [@@ocaml.warning "-8"]
[%%expect{|
val p : 'a option -> 'a = <fun>
|}]
let q = (function Some x -> x) [@warning {|-8|}]
[%%expect{|
val q : 'a option -> 'a = <fun>
|}]
let r = (function Some x -> x) [@warnerror "+8"]
[%%expect{|
Line 1, characters 8-30:
1 | let r = (function Some x -> x) [@warnerror "+8"]
            ^^^^^^^^^^^^^^^^^^^^^^
Error (warning 8 [partial-match]): this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
None
|}]
let u () = let v = 1 in (fun () -> let k = 2 in 3) [@warning "-26"]
[%%expect{|
Line 1, characters 15-16:
1 | let u () = let v = 1 in (fun () -> let k = 2 in 3) [@warning "-26"]
                   ^
Warning 26 [unused-var]: unused variable v.
val u : unit -> unit -> int = <fun>
|}]
[@@@warning "-8"]
let w = function Some x -> x
[%%expect{|
val w : 'a option -> 'a = <fun>
|}]
let w2 = function Some x -> x
[%%expect{|
val w2 : 'a option -> 'a = <fun>
|}]

(* `begin[@warning ...] e end`: the attribute is e's, as OCaml's parser
   gives it. *)
let scoped =
  begin[@warning "-12"] function
  | (x | x) when x -> ()
  | _ -> ()
  end
let unscoped = begin function (z | z) -> z end
[%%expect{|
val scoped : bool -> unit = <fun>
Line 6, characters 35-36:
6 | let unscoped = begin function (z | z) -> z end
                                       ^
Warning 12 [redundant-subpat]: this sub-pattern is unused.
val unscoped : 'a -> 'a = <fun>
|}]
