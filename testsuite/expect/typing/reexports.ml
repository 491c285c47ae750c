(* A re-exported variant or record (`type t = d = ...`) must repeat the
   original definition: Typedecl.check_coherence and Includecore's
   comparisons, with OCaml's messages. *)

type d = X of int | Y of int
type r = { x : int; y : int }
type 'a p = P of 'a | Q
[%%expect{|
type d = X of int | Y of int
type r = { x : int; y : int; }
type 'a p = P of 'a | Q
|}]

type same = d = X of int | Y of int
type same_r = r = { x : int; y : int }
type 'b same_p = 'b p = P of 'b | Q
[%%expect{|
type same = d = X of int | Y of int
type same_r = r = { x : int; y : int; }
type 'b same_p = 'b p = P of 'b | Q
|}]

type missing = d = X of int
[%%expect{|
Line 1, characters 0-27:
1 | type missing = d = X of int
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type d
       The constructor Y is only present in the original definition.
|}]

type extra = d = X of int | Y of int | Z
[%%expect{|
Line 1, characters 0-40:
1 | type extra = d = X of int | Y of int | Z
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type d
       The constructor Z is only present in this definition.
|}]

type wrong_type = d = X of int | Y of float
[%%expect{|
Line 1, characters 0-43:
1 | type wrong_type = d = X of int | Y of float
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type d
       Constructors do not match:
         Y of int
       is not compatible with:
         Y of float
       The types are not equal.
|}]

type arity_c = d = X of int * int | Y of int
[%%expect{|
Line 1, characters 0-44:
1 | type arity_c = d = X of int * int | Y of int
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type d
       Constructors do not match:
         X of int
       is not compatible with:
         X of int * int
       They have different arities.
|}]

type perm = d = Y of int | X of int
[%%expect{|
Line 1, characters 0-35:
1 | type perm = d = Y of int | X of int
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type d
       Constructors number 1 have different names, X and Y.
|}]

type mut = r = { x : int; mutable y : int }
[%%expect{|
Line 1, characters 0-43:
1 | type mut = r = { x : int; mutable y : int }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type r
       Fields do not match:
         y : int;
       is not compatible with:
         mutable y : int;
       This is mutable and the original is not.
|}]

type missing_r = r = { x : int }
[%%expect{|
Line 1, characters 0-32:
1 | type missing_r = r = { x : int }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type r
       The field y is only present in the original definition.
|}]

type extra_r = r = { x : int; y : int; z : int }
[%%expect{|
Line 1, characters 0-48:
1 | type extra_r = r = { x : int; y : int; z : int }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type r
       The field z is only present in this definition.
|}]

type wrong_r = r = { x : int; y : float }
[%%expect{|
Line 1, characters 0-41:
1 | type wrong_r = r = { x : int; y : float }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type r
       Fields do not match:
         y : int;
       is not compatible with:
         y : float;
       The types are not equal.
|}]

type perm_r = r = { y : int; x : int }
[%%expect{|
Line 1, characters 0-38:
1 | type perm_r = r = { y : int; x : int }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type r
       Fields number 1 have different names, x and y.
|}]

type kind = d = { x : int }
[%%expect{|
Line 1, characters 0-27:
1 | type kind = d = { x : int }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type d
       Their kinds differ.
|}]

type kind2 = r = X of int | Y of int
[%%expect{|
Line 1, characters 0-36:
1 | type kind2 = r = X of int | Y of int
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type r
       Their kinds differ.
|}]

type arity = d p = P of d | Q
[%%expect{|
Line 1, characters 0-29:
1 | type arity = d p = P of d | Q
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type d p
       They have different arities.
|}]

type 'a arity2 = 'a d = X of int | Y of int
[%%expect{|
Line 1, characters 17-21:
1 | type 'a arity2 = 'a d = X of int | Y of int
                     ^^^^
Error: The type constructor d expects 0 argument(s),
       but is here applied to 1 argument(s)
|}]

type 'a constrained = int p = P of int | Q
[%%expect{|
Line 1, characters 0-42:
1 | type 'a constrained = int p = P of int | Q
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type int p
       Their constraints differ.
|}]

type not_a_constr = int * int = A
[%%expect{|
Line 1, characters 0-33:
1 | type not_a_constr = int * int = A
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type
         int * int
|}]

type abstract_original = int = A
[%%expect{|
Line 1, characters 0-32:
1 | type abstract_original = int = A
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type int
       Their kinds differ.
|}]

type ('a, 'b) two = A of 'a | B of 'b
type ('a, 'b) swapped = ('b, 'a) two = A of 'a | B of 'b
[%%expect{|
type ('a, 'b) two = A of 'a | B of 'b
Line 2, characters 0-56:
2 | type ('a, 'b) swapped = ('b, 'a) two = A of 'a | B of 'b
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type
         ('b, 'a) two
       Their constraints differ.
|}]

type ('a, 'b) good = ('a, 'b) two = A of 'a | B of 'b
type ('a, 'b) wrong_params = ('a, 'b) two = A of 'b | B of 'a
[%%expect{|
type ('a, 'b) good = ('a, 'b) two = A of 'a | B of 'b
Line 2, characters 0-61:
2 | type ('a, 'b) wrong_params = ('a, 'b) two = A of 'b | B of 'a
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type
         ('a, 'b) two
       Constructors do not match:
         A of 'a
       is not compatible with:
         A of 'b
       The types are not equal.
|}]

type tree = Leaf | Node of tree * tree
type tree' = tree = Leaf | Node of tree' * tree'
type tree'' = tree = Leaf | Node of tree * tree'
[%%expect{|
type tree = Leaf | Node of tree * tree
type tree' = tree = Leaf | Node of tree' * tree'
type tree'' = tree = Leaf | Node of tree * tree'
|}]

type long = Some_rather_long_constructor_name of (int -> int -> int) * string list * float option | Short
type long' = long = Some_rather_long_constructor_name of (int -> int -> int) * string list * int option | Short
[%%expect{|
type long =
    Some_rather_long_constructor_name of (int -> int -> int) * string list *
      float option
  | Short
Line 2, characters 0-111:
2 | type long' = long = Some_rather_long_constructor_name of (int -> int -> int) * string list * int option | Short
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type long
       Constructors do not match:
         Some_rather_long_constructor_name of (int -> int -> int) *
           string list * float option
       is not compatible with:
         Some_rather_long_constructor_name of (int -> int -> int) *
           string list * int option
       The types are not equal.
|}]

type long_r = { some_rather_long_field_name : (int -> int -> int) * string list * float option }
type long_r' = long_r = { some_rather_long_field_name : (int -> int -> int) * string list * int option }
[%%expect{|
type long_r = {
  some_rather_long_field_name :
    (int -> int -> int) * string list * float option;
}
Line 2, characters 0-104:
2 | type long_r' = long_r = { some_rather_long_field_name : (int -> int -> int) * string list * int option }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type long_r
       Fields do not match:
         some_rather_long_field_name :
           (int -> int -> int) * string list * float option;
       is not compatible with:
         some_rather_long_field_name :
           (int -> int -> int) * string list * int option;
       The types are not equal.
|}]
