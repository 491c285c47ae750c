(* Applications: to something that is not a function, with too many
   arguments, or with an argument of the wrong type. *)

let n = 3
let x = n 4
[%%expect{|
val n : int
Line 2, characters 8-9:
2 | let x = n 4
            ^
Error: This expression has type int
       This is not a function; it cannot be applied.
Line 2, characters 8-11:
2 | let x = n 4
            ^^^
  Hint: `n 4' is likely the mistake.
|}]

let s = "hello" 1
[%%expect{|
Line 1, characters 8-15:
1 | let s = "hello" 1
            ^^^^^^^
Error: This expression has type string
       This is not a function; it cannot be applied.
Line 1, characters 8-17:
1 | let s = "hello" 1
            ^^^^^^^^^
  Hint: `"hello" 1' is likely the mistake.
|}]

(* A missing operator reads as an application. *)
let area = n (n + 1)
[%%expect{|
Line 1, characters 11-12:
1 | let area = n (n + 1)
               ^
Error: This expression has type int
       This is not a function; it cannot be applied.
Line 1, characters 11-20:
1 | let area = n (n + 1)
               ^^^^^^^^^
  Hint: `n (n + 1)' is likely the mistake.
|}]

let f x = x + 1
let z = f 1 2
[%%expect{|
val f : int -> int
Line 2, characters 8-9:
2 | let z = f 1 2
            ^
Error: This function has type int -> int
       It is applied to too many arguments; maybe you forgot a `;'.
Line 2, characters 8-13:
2 | let z = f 1 2
            ^^^^^
  Hint: Did you mean `f 1'?
|}]

(* A forgotten `;' between two calls on separate lines. *)
let () =
  print_string "a"
  print_string "b"
[%%expect{|
Line 2, characters 2-14:
2 |   print_string "a"
      ^^^^^^^^^^^^
Error: This function has type string -> unit
       It is applied to too many arguments; maybe you forgot a `;'.
Lines 2-3, characters 2-18:
2 | ..print_string "a"
3 |   print_string "b"
  Hint: `print_string "a" print_string "b"' is likely the mistake.
|}]

let len = List.length [1] [2]
[%%expect{|
Line 1, characters 10-21:
1 | let len = List.length [1] [2]
              ^^^^^^^^^^^
Error: This function has type 'a list -> int
       It is applied to too many arguments; maybe you forgot a `;'.
Line 1, characters 10-29:
1 | let len = List.length [1] [2]
              ^^^^^^^^^^^^^^^^^^^
  Hint: Did you mean `List.length [1]'?
|}]

(* The n-th argument has the wrong type. *)
let () = print_int "five"
[%%expect{|
Line 1, characters 19-25:
1 | let () = print_int "five"
                       ^^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let add3 a b c = a + b + c
let r = add3 1 "two" 3
[%%expect{|
val add3 : int -> int -> int -> int
Line 2, characters 15-20:
2 | let r = add3 1 "two" 3
                   ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

(* A function passed where a value is expected, or the reverse: OCaml's own
   hints about (). *)
let () = print_newline
[%%expect{|
Line 1, characters 9-22:
1 | let () = print_newline
             ^^^^^^^^^^^^^
Error: This expression has type unit -> unit
       but an expression was expected of type unit
       Hint: Did you forget to provide `()' as argument?
|}]

let count () = 42
let total = count + 1
[%%expect{|
val count : unit -> int
Line 2, characters 12-17:
2 | let total = count + 1
                ^^^^^
Error: This expression has type unit -> int
       but an expression was expected of type int
       Hint: Did you forget to provide `()' as argument?
|}]

let () = at_exit (print_endline "bye")
[%%expect{|
Line 1, characters 17-38:
1 | let () = at_exit (print_endline "bye")
                     ^^^^^^^^^^^^^^^^^^^^^
Error: This expression has type unit but an expression was expected of type
         unit -> unit
       Hint: Did you forget to wrap the expression using `fun () ->'?
|}]

(* A function of two arguments given to List.map is fine: the result is a
   list of functions ... *)
let l = List.map (fun x y -> x + y) [1; 2]
[%%expect{|
val l : (int -> int) list
|}]

(* ... but one argument too many, or a function that takes more than its
   annotation says, or fewer than expected, is an error. *)
let l = List.map (fun x -> x + 1) [1; 2] [3]
[%%expect{|
Line 1, characters 8-16:
1 | let l = List.map (fun x -> x + 1) [1; 2] [3]
            ^^^^^^^^
Error: This function has type ('a -> 'b) -> 'a list -> 'b list
       It is applied to too many arguments; maybe you forgot a `;'.
Line 1, characters 8-44:
1 | let l = List.map (fun x -> x + 1) [1; 2] [3]
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: Did you mean `List.map (fun x -> x + 1) [1; 2]'?
|}]

let (f : int -> int) = fun x y -> x
[%%expect{|
Line 1, characters 23-35:
1 | let (f : int -> int) = fun x y -> x
                           ^^^^^^^^^^^^
Error: This function expects too many arguments, it should have type
       int -> int
|}]

let l = List.fold_left (fun acc -> acc + 1) 0 [1; 2]
[%%expect{|
Line 1, characters 35-42:
1 | let l = List.fold_left (fun acc -> acc + 1) 0 [1; 2]
                                       ^^^^^^^
Error: This expression has type int but an expression was expected of type
         'a -> int
|}]
