(* Format strings: a string literal where a format is expected has the type
   of its conversions; an unknown conversion is OCaml's invalid-format
   error, and an argument of the wrong type is an ordinary mismatch. *)

let line = Printf.sprintf "%s: %d (%.1f%%)" "total" 3 42.5
[%%expect{|
val line : string
|}]

let bad = Printf.sprintf "%q" 1
[%%expect{|
Line 1, characters 25-29:
1 | let bad = Printf.sprintf "%q" 1
                             ^^^^
Error: invalid format "%q": at character number 1, invalid conversion "%q"
|}]

let cut = Printf.sprintf "%5" 1
[%%expect{|
Line 1, characters 25-29:
1 | let cut = Printf.sprintf "%5" 1
                             ^^^^
Error: invalid format "%5": at character number 2, unexpected end of format
|}]

let wrong = Printf.sprintf "%d" "three"
[%%expect{|
Line 1, characters 32-39:
1 | let wrong = Printf.sprintf "%d" "three"
                                    ^^^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

(* A string literal where no format is expected stays a string. *)
let s = "%d"
let t = print_string "%y"
[%%expect{|
val s : string
val t : unit
|}]

(* The missing argument: a partial application, then unit expected. *)
let () = Printf.printf "%s is %d\n" "Ann"
[%%expect{|
Line 1, characters 9-41:
1 | let () = Printf.printf "%s is %d\n" "Ann"
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 5 [ignored-partial-application]: this function application is partial,
maybe some arguments are missing.
Line 1, characters 9-41:
1 | let () = Printf.printf "%s is %d\n" "Ann"
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This expression has type int -> unit
       but an expression was expected of type unit
Line 1, characters 23-35:
1 | let () = Printf.printf "%s is %d\n" "Ann"
                           ^^^^^^^^^^^^
  Hint: `"%s is %d\n"' is likely the mistake.
|}]

(* A %( %) sub-format's conversions appear twice in its type: nested 40
   deep, the type would double 40 times; deep sub-formats are read as
   having no conversions, and nested @[< tags as text in line. *)
let () = ignore (format_of_string "%s%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%(%d%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)%)")
let g = Printf.sprintf "@[<@[<@[<@[<@[<@[<@[<@[<@[<@[<@[<@[<@[<%d>%s>>>>>>>>>>>>" 1 "a"
[%%expect{|
val g : string
|}]

