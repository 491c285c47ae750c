(* A type whose name now means another type is printed as name/N, in
   errors and in the toplevel's values (Printtyp's Naming_context): the
   type the name means now is 1, the others are numbered as they are met.
   An error explains each (Conflicts.print_explanations), sorted by name. *)

type shape = Circle
let c = Circle
type shape = Square
let s : shape = c
[%%expect{|
type shape = Circle
val c : shape = Circle
type shape = Square
Line 4, characters 16-17:
4 | let s : shape = c
                    ^
Error: This expression has type shape/2
       but an expression was expected of type shape/1
       Line 3, characters 0-19:
         Definition of type shape/1
       Line 1, characters 0-19:
         Definition of type shape/2
|}]

let pair = (c, Square)
[%%expect{|
val pair : shape/2 * shape/1 = (Circle, Square)
|}];;

(c, [Square]);;
[%%expect{|
- : shape/2 * shape/1 list = (Circle, [Square])
|}]

(* Inside a module, the module's own type is the one the name means. *)
module Geometry = struct
  type shape = Triangle
  let f (x : shape) = match x with Triangle -> c
  let g : shape -> shape = fun Triangle -> c
end
[%%expect{|
Line 4, characters 43-44:
4 |   let g : shape -> shape = fun Triangle -> c
                                               ^
Error: This expression has type shape/2
       but an expression was expected of type shape/1
       Line 2, characters 2-23:
         Definition of type shape/1
       Line 1, characters 0-19:
         Definition of type shape/2
|}]

(* A predefined type hidden by the program's: it has no location. *)
type string = Text
let greet (x : string) = x ^ "!"
[%%expect{|
type string = Text
Line 2, characters 25-26:
2 | let greet (x : string) = x ^ "!"
                             ^
Error: This expression has type string/1
       but an expression was expected of type string/2
       Line 1, characters 0-18:
         Definition of type string/1
       File "_none_", line 1:
         Definition of type string/2
|}]

let title = "mlhint"
[%%expect{|
val title : string/2 = "mlhint"
|}]

(* Only names that mean several types are numbered. *)
let both : shape * int = (c, 1)
[%%expect{|
Line 1, characters 26-27:
1 | let both : shape * int = (c, 1)
                              ^
Error: This expression has type shape/2
       but an expression was expected of type shape/1
       Line 3, characters 0-19:
         Definition of type shape/1
       Line 1, characters 0-19:
         Definition of type shape/2
|}]
