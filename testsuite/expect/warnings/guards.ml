(* Warning 57: an or-pattern under a guard, whose variable the guard tests,
   when different values for that variable may match the two sides. *)

let f = function
  | (Some x, _) | (_, Some x) when x > 0 -> x
  | _ -> 0
[%%expect{|
Line 2, characters 4-29:
2 |   | (Some x, _) | (_, Some x) when x > 0 -> x
        ^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 57 [ambiguous-var-in-pattern-guard]: Ambiguous or-pattern variables under guard;
variable x may match different arguments. (See manual section 11.5)
val f : int option * int option -> int
|}]

let f = function
  | (x, 0) | (0, x) when x > 10 -> true
  | _ -> false
[%%expect{|
Line 2, characters 4-19:
2 |   | (x, 0) | (0, x) when x > 10 -> true
        ^^^^^^^^^^^^^^^
Warning 57 [ambiguous-var-in-pattern-guard]: Ambiguous or-pattern variables under guard;
variable x may match different arguments. (See manual section 11.5)
val f : int * int -> bool
|}]

(* Only the variables the guard uses are reported. *)
let f = function
  | ((Some x, y) | (y, Some x)) when x > 0 -> y
  | _ -> None
[%%expect{|
Line 2, characters 4-31:
2 |   | ((Some x, y) | (y, Some x)) when x > 0 -> y
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 57 [ambiguous-var-in-pattern-guard]: Ambiguous or-pattern variables under guard;
variable x may match different arguments. (See manual section 11.5)
val f : int option * int option -> int option
|}]

(* No warning when both sides bind the same part of the value. *)
let f = function
  | (Some x, 0) | (Some x, 1) when x > 0 -> x
  | _ -> 0
[%%expect{|
val f : int option * int -> int
|}]
