(* TEST
   flags = "-strict-sequence"
   * expect
*)

(* -strict-sequence, in ocamltest's header form: the left-hand side of a
   sequence and the body of a loop must have type unit. Every block is what
   `ocaml -strict-sequence` printed, values included (they are not checked). *)

let f () = 1; 2
[%%expect{|
Line 1, characters 11-12:
1 | let f () = 1; 2
               ^
Error: This expression has type int but an expression was expected of type
         unit
       because it is in the left-hand side of a sequence
|}]

let count () = for i = 1 to 3 do i * 2 done
[%%expect{|
Line 1, characters 33-38:
1 | let count () = for i = 1 to 3 do i * 2 done
                                     ^^^^^
Error: This expression has type int but an expression was expected of type
         unit
       because it is in the body of a for-loop
|}]

(* A partial application is an error too, not warning 5. *)
let twice () = List.map succ; [1]
[%%expect{|
Line 1, characters 15-28:
1 | let twice () = List.map succ; [1]
                   ^^^^^^^^^^^^^
Error: This expression has type int list -> int list
       but an expression was expected of type unit
       because it is in the left-hand side of a sequence
|}]

let g () = print_string "a"; 2
[%%expect{|
val g : unit -> int = <fun>
|}]

(* A statement that never returns has type 'a, which unit instantiates. *)
let give_up () = raise Exit; 3
[%%expect{|
Line 1, characters 17-27:
1 | let give_up () = raise Exit; 3
                     ^^^^^^^^^^
Warning 21 [nonreturning-statement]: this statement never returns (or has an unsound type.)
val give_up : unit -> int = <fun>
|}]

let h x = (if x then 1 else 2); "done"
[%%expect{|
Line 1, characters 10-30:
1 | let h x = (if x then 1 else 2); "done"
              ^^^^^^^^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         unit
       because it is in the left-hand side of a sequence
|}]

(* A statement whose type is still unknown becomes unit. *)
let k g x = g x; x
[%%expect{|
val k : ('a -> unit) -> 'a -> 'a = <fun>
|}]

k (fun y -> y + 1) 2
[%%expect{|
Line 1, characters 12-17:
1 | k (fun y -> y + 1) 2
                ^^^^^
Error: This expression has type int but an expression was expected of type
         unit
|}]

let f l = ignore (List.length l); List.length l; ()
[%%expect{|
Line 1, characters 34-47:
1 | let f l = ignore (List.length l); List.length l; ()
                                      ^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         unit
       because it is in the left-hand side of a sequence
|}]
