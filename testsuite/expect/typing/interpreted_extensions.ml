(* TEST
   * expect
*)

(* The extension nodes OCaml interprets: `[%error "..."]` is the error its
   string says, at its name (Builtin_attributes.error_of_extension), and
   `[%extension_constructor C]` is an exception's descriptor (Typecore). *)

let x = [%ocaml.error "Expression error"]
[%%expect{|
Line 1, characters 10-21:
1 | let x = [%ocaml.error "Expression error"]
              ^^^^^^^^^^^
Error: Expression error
|}]

let f [%error "Pattern error"] = ()
[%%expect{|
Line 1, characters 8-13:
1 | let f [%error "Pattern error"] = ()
            ^^^^^
Error: Pattern error
|}]

type t = [%error "A type error whose message is long enough to be broken by the pretty-printer at a space"]
[%%expect{|
Line 1, characters 11-16:
1 | type t = [%error "A type error whose message is long enough to be broken by the pretty-printer at a space"]
               ^^^^^
Error: A type error whose message is long enough to be broken by the
       pretty-printer at a space
|}]

[%%error "An item error"]
[%%expect{|
Line 1, characters 3-8:
1 | [%%error "An item error"]
       ^^^^^
Error: An item error
|}]

let x = [%error 1 + 2]
[%%expect{|
Line 1, characters 10-15:
1 | let x = [%error 1 + 2]
              ^^^^^
Error: Invalid syntax for extension 'error'.
|}]

exception E of int
let e = [%extension_constructor E]
let n = [%ocaml.extension_constructor Stdlib.Not_found]
[%%expect{|
exception E of int
val e : extension_constructor = <abstr>
val n : extension_constructor = <abstr>
|}]

type v = A
let a = [%extension_constructor A]
[%%expect{|
type v = A
Line 2, characters 32-33:
2 | let a = [%extension_constructor A]
                                    ^
Error: This constructor is not an extension constructor.
|}]

let b = [%extension_constructor]
[%%expect{|
Line 1, characters 8-32:
1 | let b = [%extension_constructor]
            ^^^^^^^^^^^^^^^^^^^^^^^^
Error: Invalid [%extension_constructor] payload, a constructor is expected.
|}]

let c = [%extension_constructor Zork]
[%%expect{|
Line 1, characters 32-36:
1 | let c = [%extension_constructor Zork]
                                    ^^^^
Error: Unbound constructor Zork
|}]

let d : int = [%extension_constructor Exit]
[%%expect{|
Line 1, characters 14-43:
1 | let d : int = [%extension_constructor Exit]
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This expression has type extension_constructor
       but an expression was expected of type int
|}]

let q = [%error
  {|A quoted message|}]
[%%expect{|
Line 1, characters 10-15:
1 | let q = [%error
              ^^^^^
Error: A quoted message
|}]
