(* TEST
   flags: -w +60
*)

(* First-class modules and the checks of a match: a module pattern binds
   a variable of its name (warning 57 under a guard that uses the module),
   and each module pattern is one module for warning 60, though its guard
   and its body each unpack it. *)

module type S = sig val b : bool end
[%%expect{|
module type S = sig val b : bool end
|}]

let ambiguous x b = match x with
  | (module M:S),_,(1,_)
  | _,(module M:S),(_,1) when M.b && b -> 1
  | _ -> 2
[%%expect{|
Lines 2-3, characters 4-24:
2 | ....(module M:S),_,(1,_)
3 |   | _,(module M:S),(_,1)...................
Warning 57 [ambiguous-var-in-pattern-guard]: Ambiguous or-pattern variables under guard;
variable M may match different arguments. (See manual section 11.5)
val ambiguous : (module S) * (module S) * (int * int) -> bool -> int = <fun>
|}]

let not_ambiguous x b = match x with
  | (module M:S),_,(1,_)
  | _,(module M:S),(_,1) when b -> 1
  | _ -> 2
[%%expect{|
Line 2, characters 12-13:
2 |   | (module M:S),_,(1,_)
                ^
Warning 60 [unused-module]: unused module M.
val not_ambiguous : (module S) * (module S) * (int * int) -> bool -> int =
  <fun>
|}]

let used_in_guard (module M : S) = match () with () when M.b -> 1 | () -> 2
let unused (module M : S) = 0
[%%expect{|
val used_in_guard : (module S) -> int = <fun>
Line 2, characters 19-20:
2 | let unused (module M : S) = 0
                       ^
Warning 60 [unused-module]: unused module M.
val unused : (module S) -> int = <fun>
|}]
