(* Operator names that hold '#' after their first character are reserved
   (Env.check_value_name): using or binding one is an error, whatever the
   environment. An operator that starts with '#' and holds no other is an
   ordinary name. Every block was printed by OCaml 4.13.1's toplevel. *)

let f o x = o ## x;;
[%%expect{|
Line 1, characters 14-16:
1 | let f o x = o ## x;;
                  ^^
Error: '##' is not a valid value identifier.
|}]

let f = function ( ## ) -> 1;;
[%%expect{|
Line 1, characters 17-23:
1 | let f = function ( ## ) -> 1;;
                     ^^^^^^
Error: '##' is not a valid value identifier.
|}]

let ( #- ) x y = x - y;;
[%%expect{|
val ( #- ) : int -> int -> int = <fun>
|}]

let f x = List.( !-# ) x;;
[%%expect{|
Line 1, characters 10-22:
1 | let f x = List.( !-# ) x;;
              ^^^^^^^^^^^^
Error: '!-#' is not a valid value identifier.
|}]

let g x = ~+# x;;
[%%expect{|
Line 1, characters 10-13:
1 | let g x = ~+# x;;
              ^^^
Error: '~+#' is not a valid value identifier.
|}]
