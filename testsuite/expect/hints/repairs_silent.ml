(* The repair rules staying silent (docs/hints-engine.md): each case below
   is one where a rule's edit applies, but the mistake is elsewhere, so the
   edit would not make the item type-check and the rule says nothing. What
   is shown instead is the blame, or another rule whose edit verifies. *)

(* number-conversion: no conversion makes a list a float. *)
let scale (l : float list) = 2.5 *. l
[%%expect{|
Line 1, characters 36-37:
1 | let scale (l : float list) = 2.5 *. l
                                        ^
Error: This expression has type float list
       but an expression was expected of type float
|}]

(* swap-arguments: the accumulator 0 is no string; exchanging it with the
   list does not help, so no exchange is offered (the blame goes to the
   function that makes the accumulator a string). *)
let concat_all l = List.fold_left (fun acc x -> acc ^ x) 0 l
[%%expect{|
Line 1, characters 57-58:
1 | let concat_all l = List.fold_left (fun acc x -> acc ^ x) 0 l
                                                             ^
Error: This expression has type int but an expression was expected of type
         string
Line 1, characters 48-55:
1 | let concat_all l = List.fold_left (fun acc x -> acc ^ x) 0 l
                                                    ^^^^^^^
  Hint: `acc ^ x' is likely the mistake.
|}]

(* group-application: grouping the arguments does not make a string of
   "n = " and the number; a `^' is missing. *)
let greet (n : int) = print_string "n = " string_of_int n
[%%expect{|
Line 1, characters 22-34:
1 | let greet (n : int) = print_string "n = " string_of_int n
                          ^^^^^^^^^^^^
Error: This function has type string -> unit
       It is applied to too many arguments; maybe you forgot a `;'.
Line 1, characters 22-57:
1 | let greet (n : int) = print_string "n = " string_of_int n
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `print_string "n = " string_of_int n' is likely the mistake.
|}]

(* tuple-curried: the pair (1, "2") is no pair of ints either. *)
let add (a, b) = a + b
let r = add 1 "2"
[%%expect{|
val add : int * int -> int = <fun>
Line 2, characters 8-11:
2 | let r = add 1 "2"
            ^^^
Error: This function has type int * int -> int
       It is applied to too many arguments; maybe you forgot a `;'.
Line 2, characters 8-17:
2 | let r = add 1 "2"
            ^^^^^^^^^
  Hint: `add 1 "2"' is likely the mistake.
|}]

(* string-concat: `^' needs both sides strings, and n is an int (the
   conversion of s verifies, and is offered). *)
let label (s : string) (n : int) = s + n
[%%expect{|
Line 1, characters 35-36:
1 | let label (s : string) (n : int) = s + n
                                       ^
Error: This expression has type string but an expression was expected of type
         int
Line 1, characters 35-36:
1 | let label (s : string) (n : int) = s + n
                                       ^
  Hint: Did you mean `int_of_string s'?
|}]

(* pair-projection: neither part of the pair is a string. *)
let shout (p : int * int) = p ^ "!"
[%%expect{|
Line 1, characters 28-29:
1 | let shout (p : int * int) = p ^ "!"
                                ^
Error: This expression has type int * int
       but an expression was expected of type string
|}]

(* make-reference: a reference to this list would hold strings, not
   ints. *)
let counts : int list ref = ["a"]
[%%expect{|
Line 1, characters 28-33:
1 | let counts : int list ref = ["a"]
                                ^^^^^
Error: This expression has type 'a list
       but an expression was expected of type int list ref
|}]

(* drop-reference: without `ref' the value is an int, not a string. *)
let zero () : string = ref 0
[%%expect{|
Line 1, characters 23-28:
1 | let zero () : string = ref 0
                           ^^^^^
Error: This expression has type int ref
       but an expression was expected of type string
|}]

(* list-operator: an int is no element of a list of strings, whatever the
   operator (its conversion to a string verifies, and is offered). *)
let push (x : int) (l : string list) = x :: l
[%%expect{|
Line 1, characters 44-45:
1 | let push (x : int) (l : string list) = x :: l
                                                ^
Error: This expression has type string list
       but an expression was expected of type int list
       Type string is not compatible with type int
Line 1, characters 39-40:
1 | let push (x : int) (l : string list) = x :: l
                                           ^
  Hint: Did you mean `string_of_int x'?
|}]
