(* Expressions outside the subset: objects, binding
   operators, attributes and the extensions OCaml interprets. *)

let o = object method m = 1 end
[%%expect{|
Line 1, characters 8-31:
1 | let o = object method m = 1 end
            ^^^^^^^^^^^^^^^^^^^^^^^
Error: Objects are not supported by mlhint
|}]

let call o = o#m
[%%expect{|
Line 1, characters 13-16:
1 | let call o = o#m
                 ^^^
Error: Objects are not supported by mlhint
|}]

class c = object end
[%%expect{|
Line 1, characters 0-20:
1 | class c = object end
    ^^^^^^^^^^^^^^^^^^^^
Error: Classes are not supported by mlhint
|}]

(* Defining a binding operator is defining a function, and using it is in
   the subset now; one whose type does not fit its use is refused. *)
let ( let* ) x f = f x
let y = let* x = 1 in x
[%%expect{|
val ( let* ) : 'a -> ('a -> 'b) -> 'b
val y : int
|}]

let x = (1 [@inline])
[%%expect{|
Line 1, characters 11-20:
1 | let x = (1 [@inline])
               ^^^^^^^^^
Error: Attributes are not supported by mlhint
|}]

(* An extension no preprocessor expanded is OCaml's error
   (../typing/extension_nodes.ml), and the two OCaml interprets are in
   (../typing/interpreted_extensions.ml), but for `[%error]` without a
   message, for which OCaml prints nothing. *)
let y = [%error]
[%%expect{|
Line 1, characters 8-16:
1 | let y = [%error]
            ^^^^^^^^
Error: Extension nodes are not supported by mlhint
|}]
