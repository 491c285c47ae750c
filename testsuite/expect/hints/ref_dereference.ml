(* The reference hint (HINTS.md, 3): a value of type t ref where t is
   expected. OCaml 4.13 has no such hint. *)

let a = ref 1
let b = a + 1
[%%expect{|
val a : int ref
Line 2, characters 8-9:
2 | let b = a + 1
            ^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!a'?
|}]

let () = print_int a
[%%expect{|
Line 1, characters 19-20:
1 | let () = print_int a
                       ^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!a'?
|}]

let names = ref ["x"]
let n = List.length names
[%%expect{|
val names : string list ref
Line 2, characters 20-25:
2 | let n = List.length names
                        ^^^^^
Error: This expression has type string list ref
       but an expression was expected of type 'a list
  Hint: This is a `ref', did you mean `!names'?
|}]

(* Another expression than a name is parenthesised, and shown when short. *)
let refs = [ref 1; ref 2]
let first = List.hd refs + 1
[%%expect{|
val refs : int ref list
Line 2, characters 12-24:
2 | let first = List.hd refs + 1
                ^^^^^^^^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!(List.hd refs)'?
|}]

let total = 1 + List.nth (List.rev (List.rev (List.rev refs))) 0
[%%expect{|
Line 1, characters 16-64:
1 | let total = 1 + List.nth (List.rev (List.rev (List.rev refs))) 0
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
  Hint: This is a `ref', did you mean `!( .. )'?
|}]

(* The contents may still be a type variable. *)
let f (r : 'a ref) = r + 1
[%%expect{|
Line 1, characters 21-22:
1 | let f (r : 'a ref) = r + 1
                         ^
Error: This expression has type 'a ref but an expression was expected of type
         int
  Hint: This is a `ref', did you mean `!r'?
|}]

let g r = ignore (!r); r * 2
[%%expect{|
Line 1, characters 23-24:
1 | let g r = ignore (!r); r * 2
                           ^
Error: This expression has type 'a ref but an expression was expected of type
         int
  Hint: This is a `ref', did you mean `!r'?
|}]

(* Silent: `ref e' itself, where the contents were meant (!(ref 0) is no
   advice). *)
let c = ref 0 + 1
[%%expect{|
Line 1, characters 8-13:
1 | let c = ref 0 + 1
            ^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
|}]

(* Silent: the program's own ! is not the prelude's. *)
let ( ! ) r = r
let r = ref 1
let d = r + 1
[%%expect{|
val ( ! ) : 'a -> 'a
val r : int ref
Line 3, characters 8-9:
3 | let d = r + 1
            ^
Error: This expression has type int ref
       but an expression was expected of type int
|}]
