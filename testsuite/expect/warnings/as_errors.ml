(* TEST
   flags: -w @8
*)
(* A warning made an error: the toplevel phrase fails, so it defines
   nothing and prints no signature. *)
let name = function 0 -> "zero"
[%%expect{|
Line 1, characters 11-31:
1 | let name = function 0 -> "zero"
               ^^^^^^^^^^^^^^^^^^^^
Error (warning 8 [partial-match]): this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
1
|}]

let f () = name 0
[%%expect{|
Line 1, characters 11-15:
1 | let f () = name 0
               ^^^^
Error: Unbound value name
|}]
