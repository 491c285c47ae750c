(* TEST
   * expect
*)

(* A type of a local scope met where the scope's result would carry it:
   OCaml's escape error, where the unification fails. *)

let a = let module M = struct type t = A end in M.A
[%%expect{|
Line 1, characters 48-51:
1 | let a = let module M = struct type t = A end in M.A
                                                    ^^^
Error: This expression has type M.t but an expression was expected of type 'a
       The type constructor M.t would escape its scope
|}]

let b = let module M = struct type t = A end in [M.A]
[%%expect{|
Line 1, characters 49-52:
1 | let b = let module M = struct type t = A end in [M.A]
                                                     ^^^
Error: This expression has type M.t but an expression was expected of type 'a
       The type constructor M.t would escape its scope
|}]

let c = let open struct type t = T end in T
[%%expect{|
Line 1, characters 42-43:
1 | let c = let open struct type t = T end in T
                                              ^
Error: This expression has type t but an expression was expected of type 'a
       The type constructor t would escape its scope
|}]

let r = ref []
let f (type a) (x : a) = r := [x]
[%%expect{|
val r : '_weak1 list ref = {contents = []}
Line 2, characters 31-32:
2 | let f (type a) (x : a) = r := [x]
                                   ^
Error: This expression has type a but an expression was expected of type
         'weak1
       The type constructor a would escape its scope
|}]

let g = let module M = struct type t = A let x = A end in fun () -> M.x
[%%expect{|
Line 1, characters 68-71:
1 | let g = let module M = struct type t = A let x = A end in fun () -> M.x
                                                                        ^^^
Error: This expression has type M.t but an expression was expected of type 'a
       The type constructor M.t would escape its scope
|}]

(* The abstract types of an outer functor applied to an outer module are
   named outside by their path; one of a local module's is not. *)
let empty () = let module S = Set.Make (Int) in S.empty
let m = let open Map.Make (String) in add "a" 1 empty
[%%expect{|
val empty : unit -> Set.Make(Int).t = <fun>
val m : int Map.Make(String).t = <abstr>
|}]

let local =
  let module M = struct
    module A = struct type t = int let compare = compare end
    module S = Set.Make (A)
  end in
  M.S.empty
[%%expect{|
Line 6, characters 2-11:
6 |   M.S.empty
      ^^^^^^^^^
Error: This expression has type Set.Make(M.A).t
       but an expression was expected of type 'a
       The type constructor Set.Make(M.A).t would escape its scope
|}]

(* What the body gives back without the scope's types is fine. *)
let ok = let module M = struct type t = A | B let f = function A -> 1 | B -> 2 end in M.f M.B
[%%expect{|
val ok : int = 2
|}]
