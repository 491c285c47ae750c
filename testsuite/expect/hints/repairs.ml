(* The repairs of the blame engine (docs/hints-engine.md): each is tried at
   the likeliest place of the mistake, and shown only when, applied, the
   whole item type-checks. Each rule is shown firing, and silent where its
   edit would not make the item type-check. *)

(* arithmetic-chain: every operator and literal of the chain at once. *)
let area r = 3.14 * r * r
[%%expect{|
Line 1, characters 13-17:
1 | let area r = 3.14 * r * r
                 ^^^^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 13-25:
1 | let area r = 3.14 * r * r
                 ^^^^^^^^^^^^
  Hint: Did you mean `3.14 *. r *. r'?
|}]

let average a b = (a + b) /. 2
[%%expect{|
Line 1, characters 18-25:
1 | let average a b = (a + b) /. 2
                      ^^^^^^^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 26-28:
1 | let average a b = (a + b) /. 2
                              ^^
  Hint: Did you mean to use `/'?
|}]

(* No chain: n is an int and x a float, so no kind of chain fits both; a
   conversion does. *)
let f (n : int) (x : float) = n + x * 2
[%%expect{|
Line 1, characters 34-35:
1 | let f (n : int) (x : float) = n + x * 2
                                      ^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 34-35:
1 | let f (n : int) (x : float) = n + x * 2
                                      ^
  Hint: Did you mean `int_of_float x'?
|}]

(* number-conversion: the prelude's conversion around a value. *)
let describe n = if n > 0 then n else "negative"
[%%expect{|
Line 1, characters 38-48:
1 | let describe n = if n > 0 then n else "negative"
                                          ^^^^^^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let mean (l : float list) = List.fold_left (+.) 0. l /. List.length l
[%%expect{|
Line 1, characters 56-69:
1 | let mean (l : float list) = List.fold_left (+.) 0. l /. List.length l
                                                            ^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         float
|}]

(* swap-arguments *)
let total l = List.fold_left (fun acc x -> acc + x) l 0
[%%expect{|
Line 1, characters 54-55:
1 | let total l = List.fold_left (fun acc x -> acc + x) l 0
                                                          ^
Error: This expression has type int but an expression was expected of type
         int list
Line 1, characters 14-55:
1 | let total l = List.fold_left (fun acc x -> acc + x) l 0
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `l' and `0' are likely swapped.
|}]

(* group-application: f g x for f (g x). *)
let last l = List.hd List.rev l
[%%expect{|
Line 1, characters 21-29:
1 | let last l = List.hd List.rev l
                         ^^^^^^^^
Error: This expression has type 'a list -> 'a list
       but an expression was expected of type ('b -> 'c) list
Line 1, characters 13-31:
1 | let last l = List.hd List.rev l
                 ^^^^^^^^^^^^^^^^^^
  Hint: Did you mean `List.hd (List.rev l)'?
|}]

(* group-operand: an application's last argument meant to take the
   operator after it, f x - 1 for f (x - 1). *)
let rec clone x n = if n <= 0 then [] else x :: clone x n - 1
[%%expect{|
Line 1, characters 48-57:
1 | let rec clone x n = if n <= 0 then [] else x :: clone x n - 1
                                                    ^^^^^^^^^
Error: This expression has type 'a list
       but an expression was expected of type int
Line 1, characters 48-61:
1 | let rec clone x n = if n <= 0 then [] else x :: clone x n - 1
                                                    ^^^^^^^^^^^^^
  Hint: Did you mean `clone x (n - 1)'?
|}]

(* Silent: no grouping makes the item type-check (s is a string). *)
let f (g : int -> int) (s : string) = g 1 - s
[%%expect{|
Line 1, characters 44-45:
1 | let f (g : int -> int) (s : string) = g 1 - s
                                                ^
Error: This expression has type string but an expression was expected of type
         int
Line 1, characters 44-45:
1 | let f (g : int -> int) (s : string) = g 1 - s
                                                ^
  Hint: Did you mean `int_of_string s'?
|}]

(* tuple-curried *)
let add x y = x + y
let three = add (1, 2)
[%%expect{|
val add : int -> int -> int
Line 2, characters 16-22:
2 | let three = add (1, 2)
                    ^^^^^^
Error: This expression has type 'a * 'b
       but an expression was expected of type int
Line 2, characters 12-22:
2 | let three = add (1, 2)
                ^^^^^^^^^^
  Hint: Did you mean `add 1 2'?
|}]

let add_pair (x, y) = x + y
let five = add_pair 2 3
[%%expect{|
val add_pair : int * int -> int
Line 2, characters 11-19:
2 | let five = add_pair 2 3
               ^^^^^^^^
Error: This function has type int * int -> int
       It is applied to too many arguments; maybe you forgot a `;'.
Line 2, characters 11-23:
2 | let five = add_pair 2 3
               ^^^^^^^^^^^^
  Hint: Did you mean `add_pair (2, 3)'?
|}]

(* list-operator: @ for an element, :: for two lists, x for [x]. *)
let snoc (l : int list) (x : int) = l @ x
[%%expect{|
Line 1, characters 40-41:
1 | let snoc (l : int list) (x : int) = l @ x
                                            ^
Error: This expression has type int but an expression was expected of type
         int list
Line 1, characters 40-41:
1 | let snoc (l : int list) (x : int) = l @ x
                                            ^
  Hint: Did you mean `l @ [x]'?
|}]

let prepend (x : int list) (l : int list) = x :: l
[%%expect{|
Line 1, characters 49-50:
1 | let prepend (x : int list) (l : int list) = x :: l
                                                     ^
Error: This expression has type int list
       but an expression was expected of type int list list
       Type int is not compatible with type int list
Line 1, characters 44-50:
1 | let prepend (x : int list) (l : int list) = x :: l
                                                ^^^^^^
  Hint: Did you mean `x @ l'?
|}]

let first (l : int list) : int = [List.hd l]
[%%expect{|
Line 1, characters 33-44:
1 | let first (l : int list) : int = [List.hd l]
                                     ^^^^^^^^^^^
Error: This expression has type 'a list
       but an expression was expected of type int
Line 1, characters 33-44:
1 | let first (l : int list) : int = [List.hd l]
                                     ^^^^^^^^^^^
  Hint: Did you mean `List.hd l'?
|}]

(* A list as the first or last element of a list literal: the lists
   joined. *)
let rec rev l = match l with [] -> [] | h :: t -> [rev t; h]
[%%expect{|
Line 1, characters 51-56:
1 | let rec rev l = match l with [] -> [] | h :: t -> [rev t; h]
                                                       ^^^^^
Error: This expression has type 'a list
       but an expression was expected of type 'a
       The type variable 'a occurs inside 'a list
Line 1, characters 50-60:
1 | let rec rev l = match l with [] -> [] | h :: t -> [rev t; h]
                                                      ^^^^^^^^^^
  Hint: Did you mean `rev t @ [h]'?
|}]

(* string-concat *)
let greet name = "Hello, " + name
[%%expect{|
Line 1, characters 17-26:
1 | let greet name = "Hello, " + name
                     ^^^^^^^^^
Error: This expression has type string but an expression was expected of type
         int
Line 1, characters 27-28:
1 | let greet name = "Hello, " + name
                               ^
  Hint: Did you mean to use `^'?
|}]

(* drop-argument: an argument that is no name, too many. *)
let twice x = 2 * x
let six = twice 3 0
[%%expect{|
val twice : int -> int
Line 2, characters 10-15:
2 | let six = twice 3 0
              ^^^^^
Error: This function has type int -> int
       It is applied to too many arguments; maybe you forgot a `;'.
Line 2, characters 10-19:
2 | let six = twice 3 0
              ^^^^^^^^^
  Hint: Did you mean `twice 3'?
|}]

(* No repair: dropping a name would leave it unused (the call needed it
   some other way). *)
let greeting name = print_endline "Hello, " name
[%%expect{|
Line 1, characters 20-33:
1 | let greeting name = print_endline "Hello, " name
                        ^^^^^^^^^^^^^
Error: This function has type string -> unit
       It is applied to too many arguments; maybe you forgot a `;'.
Line 1, characters 20-48:
1 | let greeting name = print_endline "Hello, " name
                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `print_endline "Hello, " name' is likely the mistake.
|}]

(* pair-projection *)
let first_sum (l : (int * int) list) = List.fold_left (fun acc p -> acc + p) 0 l
[%%expect{|
Line 1, characters 79-80:
1 | let first_sum (l : (int * int) list) = List.fold_left (fun acc p -> acc + p) 0 l
                                                                                   ^
Error: This expression has type (int * int) list
       but an expression was expected of type int list
       Type int * int is not compatible with type int
Line 1, characters 74-75:
1 | let first_sum (l : (int * int) list) = List.fold_left (fun acc p -> acc + p) 0 l
                                                                              ^
  Hint: Did you mean `fst p'?
|}]

(* literal-kind: an integer literal away from the error, given the suffix
   its context needs (OCaml reports the float literal). *)
let unit_matrix n = Array.init n (fun i -> Array.init n (fun j -> if i = j then 1 else 0.))
[%%expect{|
Line 1, characters 87-89:
1 | let unit_matrix n = Array.init n (fun i -> Array.init n (fun j -> if i = j then 1 else 0.))
                                                                                           ^^
Error: This expression has type float but an expression was expected of type
         int
Line 1, characters 80-81:
1 | let unit_matrix n = Array.init n (fun i -> Array.init n (fun j -> if i = j then 1 else 0.))
                                                                                    ^
  Hint: Did you mean `1.'?
|}]

(* No suffix makes a string: the blame alone. *)
let label b = if b then 1 else "many"
[%%expect{|
Line 1, characters 31-37:
1 | let label b = if b then 1 else "many"
                                   ^^^^^^
Error: This expression has type string but an expression was expected of type
         int
Line 1, characters 24-25:
1 | let label b = if b then 1 else "many"
                            ^
  Hint: `1' is likely the mistake: it has type int but the context needs string.
|}]

(* dereference: a reference away from the error (OCaml reports the 0). *)
let count_down = ref 10
let () = while count_down > 0 do decr count_down done
[%%expect{|
val count_down : int ref
Line 2, characters 28-29:
2 | let () = while count_down > 0 do decr count_down done
                                ^
Error: This expression has type int but an expression was expected of type
         int ref
Line 2, characters 15-25:
2 | let () = while count_down > 0 do decr count_down done
                   ^^^^^^^^^^
  Hint: This is a `ref', did you mean `!count_down'?
|}]

(* Silent: an operator passed as a value is no operator application
   (HINTS.md's numeric-operator hint is about an operator's operands). *)
let total xs = List.fold_left ( + ) 0. xs
[%%expect{|
Line 1, characters 36-38:
1 | let total xs = List.fold_left ( + ) 0. xs
                                        ^^
Error: This expression has type float but an expression was expected of type
         int
|}]

(* make-reference: a value where a reference is needed. *)
let names : string list ref = []
[%%expect{|
Line 1, characters 30-32:
1 | let names : string list ref = []
                                  ^^
Error: This expression has type 'a list
       but an expression was expected of type string list ref
Line 1, characters 30-32:
1 | let names : string list ref = []
                                  ^^
  Hint: Did you mean `ref []'?
|}]

(* drop-reference: a reference where its contents are needed. *)
let make_counter () : int = ref 0
[%%expect{|
Line 1, characters 28-33:
1 | let make_counter () : int = ref 0
                                ^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
Line 1, characters 28-33:
1 | let make_counter () : int = ref 0
                                ^^^^^
  Hint: Did you mean `0' (without `ref')?
|}]

(* A suffix at the binding of a name, in an earlier phrase of the file. *)
let micros_per_second = 1_000_000
let to_micros seconds = Int64.mul (Int64.of_int seconds) micros_per_second
[%%expect{|
val micros_per_second : int
Line 2, characters 57-74:
2 | let to_micros seconds = Int64.mul (Int64.of_int seconds) micros_per_second
                                                             ^^^^^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         int64
Line 1, characters 24-33:
1 | let micros_per_second = 1_000_000
                            ^^^^^^^^^
  Hint: Did you mean `1_000_000L'?
|}]
