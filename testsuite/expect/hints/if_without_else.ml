(* An `if` without `else` whose `then` branch is not of type unit: the
   missing `else` is the likely mistake, whether the branch is a
   constructor, a value, or the result of a `let` or a sequence. *)

let rec digits n = if n < 0 then []
[%%expect{|
Line 1, characters 33-35:
1 | let rec digits n = if n < 0 then []
                                     ^^
Error: This variant expression is expected to have type unit
         because it is in the result of a conditional with no else branch
       There is no constructor [] within type unit
Line 1, characters 19-35:
1 | let rec digits n = if n < 0 then []
                       ^^^^^^^^^^^^^^^^
  Hint: `if n < 0 then []' is likely the mistake: without an `else' branch, its `then' branch must have type unit, and it has type 'a list.
|}]

let rec digits n = if n <= 0 then [] else if n > 9 then (n mod 10) :: digits (n / 10)
[%%expect{|
Line 1, characters 67-69:
1 | let rec digits n = if n <= 0 then [] else if n > 9 then (n mod 10) :: digits (n / 10)
                                                                       ^^
Error: This variant expression is expected to have type unit
         because it is in the result of a conditional with no else branch
       There is no constructor :: within type unit
Line 1, characters 42-85:
1 | let rec digits n = if n <= 0 then [] else if n > 9 then (n mod 10) :: digits (n / 10)
                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `if n > 9 then (n mod 10) :: digits ( ...' is likely the mistake: without an `else' branch, its `then' branch must have type unit.
|}]

let f x = if x > 0 then x * 2
[%%expect{|
Line 1, characters 24-29:
1 | let f x = if x > 0 then x * 2
                            ^^^^^
Error: This expression has type int but an expression was expected of type
         unit
       because it is in the result of a conditional with no else branch
Line 1, characters 10-29:
1 | let f x = if x > 0 then x * 2
              ^^^^^^^^^^^^^^^^^^^
  Hint: `if x > 0 then x * 2' is likely the mistake: without an `else' branch, its `then' branch must have type unit, and it has type int.
|}]

let f x = if x > 0 then (print_int x; let y = x + 1 in y)
[%%expect{|
Line 1, characters 55-56:
1 | let f x = if x > 0 then (print_int x; let y = x + 1 in y)
                                                           ^
Error: This expression has type int but an expression was expected of type
         unit
       because it is in the result of a conditional with no else branch
Line 1, characters 10-57:
1 | let f x = if x > 0 then (print_int x; let y = x + 1 in y)
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `if x > 0 then (print_int x; let y =  ...' is likely the mistake: without an `else' branch, its `then' branch must have type unit, and it has type int.
|}]

let f l = if l = [] then true
[%%expect{|
Line 1, characters 25-29:
1 | let f l = if l = [] then true
                             ^^^^
Error: This variant expression is expected to have type unit
         because it is in the result of a conditional with no else branch
       There is no constructor true within type unit
Line 1, characters 10-29:
1 | let f l = if l = [] then true
              ^^^^^^^^^^^^^^^^^^^
  Hint: `if l = [] then true' is likely the mistake: without an `else' branch, its `then' branch must have type unit, and it has type bool.
|}]

(* Silent: the error is in a guard, which is no result of the branch. *)
let g x y = if x then (match y with _ when Foo -> ())
[%%expect{|
Line 1, characters 43-46:
1 | let g x y = if x then (match y with _ when Foo -> ())
                                               ^^^
Error: This variant expression is expected to have type bool
         because it is in a when-guard
       There is no constructor Foo within type bool
|}]
