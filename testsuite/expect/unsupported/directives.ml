(* Toplevel directives (`#show`, `#warnings`, ...) belong to OCaml's
   toplevel, which expect tests run in: mlhint refuses them, where ocamlc,
   compiling a file, would see a syntax error. *)

let x = 1
[%%expect{|
val x : int
|}]

#show x;;
[%%expect{|
Line 1, characters 0-5:
1 | #show x;;
    ^^^^^
Error: Toplevel directives are not supported by mlhint
|}]

#warnings "+A";;
[%%expect{|
Line 1, characters 0-9:
1 | #warnings "+A";;
    ^^^^^^^^^
Error: Toplevel directives are not supported by mlhint
|}]

(* A `#` that starts no directive is still a syntax error. *)
let y = 1 # 2
[%%expect{|
Line 1, characters 12-13:
1 | let y = 1 # 2
                ^
Error: Syntax error
|}]
