(* The numeric-operator hint at the origin of the type (HINTS.md, "Where a
   hint points"): when the operand in error is a name whose type was fixed
   by another operator, the hint is first tried at that operator, and
   points there when its edit verifies. OCaml 4.13 has no such hint. *)

(* `base' got int from +, the explicit *. carries the intent, so the hint
   is +. on the +, located there, not * on the *. *)
let total base rate = base + base *. rate
[%%expect{|
Line 1, characters 29-33:
1 | let total base rate = base + base *. rate
                                 ^^^^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 27-28:
1 | let total base rate = base + base *. rate
                               ^
  Hint: Did you mean to use `+.'?
|}]

(* The same through a let-bound name whose type came from a parameter. *)
let total x rate = let base = x in base + base *. rate
[%%expect{|
Line 1, characters 42-46:
1 | let total x rate = let base = x in base + base *. rate
                                              ^^^^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 40-41:
1 | let total x rate = let base = x in base + base *. rate
                                            ^
  Hint: Did you mean to use `+.'?
|}]

(* The other way round: n got float from +., the explicit + carries the
   intent, so the hint is + on the +. *)
let f n k = n +. (k + n)
[%%expect{|
Line 1, characters 22-23:
1 | let f n k = n +. (k + n)
                          ^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 14-16:
1 | let f n k = n +. (k + n)
                  ^^
  Hint: Did you mean to use `+'?
|}]

(* The edit at the origin does not verify (with *., the outer + would get
   a float operand), so the hint falls back to the site of the error. *)
let f n x = n * 2 + (n +. x)
[%%expect{|
Line 1, characters 21-22:
1 | let f n x = n * 2 + (n +. x)
                         ^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 23-25:
1 | let f n x = n * 2 + (n +. x)
                           ^^
  Hint: Did you mean to use `+'?
|}]

(* Silent: base is declared int, so +. at the origin is not tried (the
   type was not fixed by the +), and * at the site would only move the
   error to rate. *)
let total (base : int) (rate : float) = base + base *. rate
[%%expect{|
Line 1, characters 47-51:
1 | let total (base : int) (rate : float) = base + base *. rate
                                                   ^^^^
Error: This expression has type int but an expression was expected of type
         float
|}]

(* The program's own +. is not the prelude's: it is not proposed at the
   origin; the * at the site, which verifies, is what is left. *)
let ( +. ) a b = a ^ b
let total base rate = base + base *. rate
[%%expect{|
val ( +. ) : string -> string -> string
Line 2, characters 29-33:
2 | let total base rate = base + base *. rate
                                 ^^^^
Error: This expression has type int but an expression was expected of type
         float
Line 2, characters 34-36:
2 | let total base rate = base + base *. rate
                                      ^^
  Hint: Did you mean to use `*'?
|}]
