(* let rec: what its right-hand sides may be, and what its left-hand side
   may be. *)

let rec fact n = if n = 0 then 1 else n * fact (n - 1)
let rec even n = n = 0 || odd (n - 1)
and odd n = n <> 0 && even (n - 1)
let rec ones = 1 :: ones
[%%expect{|
val fact : int -> int
val even : int -> bool
val odd : int -> bool
val ones : int list
|}]

(* Inside its own definition a recursive function is monomorphic. *)
let rec id x = x
and use () = (id 1, id "one")
[%%expect{|
Line 2, characters 23-28:
2 | and use () = (id 1, id "one")
                           ^^^^^
Error: This expression has type string but an expression was expected of type
         int
Line 2, characters 17-18:
2 | and use () = (id 1, id "one")
                     ^
  Hint: `1' is likely the mistake: it has type int but the context needs string.
|}]

let rec x = x + 1
[%%expect{|
Line 1, characters 12-17:
1 | let rec x = x + 1
                ^^^^^
Error: This kind of expression is not allowed as right-hand side of `let rec'
|}]

let rec l = 1 :: List.rev l
[%%expect{|
Line 1, characters 12-27:
1 | let rec l = 1 :: List.rev l
                ^^^^^^^^^^^^^^^
Error: This kind of expression is not allowed as right-hand side of `let rec'
|}]

let f () =
  let rec count = count + 1 in
  count
[%%expect{|
Line 2, characters 18-27:
2 |   let rec count = count + 1 in
                      ^^^^^^^^^
Error: This kind of expression is not allowed as right-hand side of `let rec'
|}]

let rec (even, odd) = ((fun n -> n = 0 || odd (n - 1)), (fun n -> n <> 0 && even (n - 1)))
[%%expect{|
Line 1, characters 8-19:
1 | let rec (even, odd) = ((fun n -> n = 0 || odd (n - 1)), (fun n -> n <> 0 && even (n - 1)))
            ^^^^^^^^^^^
Error: Only variables are allowed as left-hand side of `let rec'
|}]

(* A definition that contains itself is a type error, not a let rec one. *)
let rec cell = ref cell
[%%expect{|
Line 1, characters 15-23:
1 | let rec cell = ref cell
                   ^^^^^^^^
Error: This expression has type 'a ref but an expression was expected of type
         'a
       The type variable 'a occurs inside 'a ref
Line 1, characters 19-23:
1 | let rec cell = ref cell
                       ^^^^
  Hint: `cell' is likely the mistake.
|}]
