(* Statements: expressions before a `;' (or in a loop body) whose value is
   thrown away. *)

(* Warning 10: a value that is not unit. *)
let f l = List.length l; ()
[%%expect{|
Line 1, characters 10-23:
1 | let f l = List.length l; ()
              ^^^^^^^^^^^^^
Warning 10 [non-unit-statement]: this expression should have type unit.
val f : 'a list -> unit
|}]

let f l = List.map succ l; l
[%%expect{|
Line 1, characters 10-25:
1 | let f l = List.map succ l; l
              ^^^^^^^^^^^^^^^
Warning 10 [non-unit-statement]: this expression should have type unit.
val f : int list -> int list
|}]

(* A type variable is not reported: it may be unit. *)
let f x = x; 1
let g h = h (); 2
[%%expect{|
val f : 'a -> int
val g : (unit -> 'a) -> int
|}]

(* ignore says the value is thrown away on purpose. *)
let f l = ignore (List.length l); ()
[%%expect{|
val f : 'a list -> unit
|}]

(* Warning 5: a partial application, whose function is never called. *)
let reset l = List.map (fun x -> 0); l
[%%expect{|
Line 1, characters 14-35:
1 | let reset l = List.map (fun x -> 0); l
                  ^^^^^^^^^^^^^^^^^^^^^
Warning 5 [ignored-partial-application]: this function application is partial,
maybe some arguments are missing.
val reset : 'a -> 'a
|}]

let () = ignore (List.fold_left ( + ) 0)
[%%expect{|
Line 1, characters 16-40:
1 | let () = ignore (List.fold_left ( + ) 0)
                    ^^^^^^^^^^^^^^^^^^^^^^^^
Warning 5 [ignored-partial-application]: this function application is partial,
maybe some arguments are missing.
|}]

let () = print_endline "start"; List.iter print_endline; print_endline "end"
[%%expect{|
Line 1, characters 32-55:
1 | let () = print_endline "start"; List.iter print_endline; print_endline "end"
                                    ^^^^^^^^^^^^^^^^^^^^^^^
Warning 5 [ignored-partial-application]: this function application is partial,
maybe some arguments are missing.
|}]

(* Warning 21: a statement that never returns. *)
let f () = raise Exit; print_string "unreachable"
[%%expect{|
Line 1, characters 11-21:
1 | let f () = raise Exit; print_string "unreachable"
               ^^^^^^^^^^
Warning 21 [nonreturning-statement]: this statement never returns (or has an unsound type.)
val f : unit -> unit
|}]

let check x = failwith "stop"; x + 1
[%%expect{|
Line 1, characters 14-29:
1 | let check x = failwith "stop"; x + 1
                  ^^^^^^^^^^^^^^^
Warning 21 [nonreturning-statement]: this statement never returns (or has an unsound type.)
val check : int -> int
|}]

(* Warning 20: arguments given to a function that never returns. *)
let r () = (failwith "todo") 42
[%%expect{|
Line 1, characters 29-31:
1 | let r () = (failwith "todo") 42
                                 ^^
Warning 20 [ignored-extra-argument]: this argument will not be used by the function.
val r : unit -> 'a
|}]

let fail msg = raise (Failure msg)
let r () = fail "boom" 1 2
[%%expect{|
val fail : string -> 'a
Line 2, characters 23-24:
2 | let r () = fail "boom" 1 2
                           ^
Warning 20 [ignored-extra-argument]: this argument will not be used by the function.
Line 2, characters 25-26:
2 | let r () = fail "boom" 1 2
                             ^
Warning 20 [ignored-extra-argument]: this argument will not be used by the function.
val r : unit -> 'a
|}]
