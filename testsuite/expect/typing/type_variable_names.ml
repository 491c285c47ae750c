(* A type variable whose name starts with an underscore is the printer's
   (`'_weak1`, `'_a`), never the program's (Typetexp.valid_tyvar_name);
   an anonymous parameter `_` prints as written. *)

type ('_a) underscored = A of '_a
[%%expect{|
Line 1, characters 6-9:
1 | type ('_a) underscored = A of '_a
          ^^^
Error: The type variable name '_a is not allowed in programs
|}]

type 'a t = A of '_b
[%%expect{|
Line 1, characters 17-20:
1 | type 'a t = A of '_b
                     ^^^
Error: The type variable name '_b is not allowed in programs
|}]

let f (x : '_a) = x
[%%expect{|
Line 1, characters 11-14:
1 | let f (x : '_a) = x
               ^^^
Error: The type variable name '_a is not allowed in programs
|}]

let g (x : int) : '_weak1 list = [x]
[%%expect{|
Line 1, characters 18-25:
1 | let g (x : int) : '_weak1 list = [x]
                      ^^^^^^^
Error: The type variable name '_weak1 is not allowed in programs
|}]

type _ anonymous = X
type (_, _) two = Y
type (_, 'a) mixed = Z of 'a
type _ abstract
type _ abbrev = int
let x = X
let z = Z 1
[%%expect{|
type _ anonymous = X
type (_, _) two = Y
type (_, 'a) mixed = Z of 'a
type _ abstract
type _ abbrev = int
val x : 'a anonymous
val z : ('a, int) mixed
|}]

(* A variable that is not a parameter is reported once the whole type is
   translated, the first by name (Typetexp.globalize_used_variables): an
   error met on the way comes first. *)
type t = 'b -> 'a
[%%expect{|
Line 1, characters 15-17:
1 | type t = 'b -> 'a
                   ^^
Error: The type variable 'a is unbound in this type declaration.
|}]

type t = 'a -> unknown
[%%expect{|
Line 1, characters 15-22:
1 | type t = 'a -> unknown
                   ^^^^^^^
Error: Unbound type constructor unknown
|}]

type t = A of 'b * 'a
[%%expect{|
Line 1, characters 14-16:
1 | type t = A of 'b * 'a
                  ^^
Error: The type variable 'b is unbound in this type declaration.
|}]
