(* Phrases whose evaluation raises, and values printed at the margin. Each
   phrase's output is what OCaml 4.13.1's toplevel printed for it; OCaml's
   expect tool (testsuite/tools/expect_test.ml) runs nothing more of a chunk
   once a phrase raised, so nothing follows the exception in its block.
   mlhint evaluates nothing: the exception is taken as written where a
   phrase's item or end stands (docs/expect.md, Values). *)

(* A value too long for the line of its type starts at the margin. *)
Array.make 12 (Some 1000);;
[%%expect{|
- : int option array =
[|Some 1000; Some 1000; Some 1000; Some 1000; Some 1000; Some 1000;
  Some 1000; Some 1000; Some 1000; Some 1000; Some 1000; Some 1000|]
|}]

(* A phrase with no item raises after its warnings. Warning 21 points at
   the statement's final subexpression: through a constraint and a local
   open. *)
let () = (raise Exit : _); ();;
[%%expect{|
Line 1, characters 10-20:
1 | let () = (raise Exit : _); ();;
              ^^^^^^^^^^
Warning 21 [nonreturning-statement]: this statement never returns (or has an unsound type.)
Exception: Stdlib.Exit.
|}]

let () = (let open List in raise Exit); ();;
[%%expect{|
Line 1, characters 27-37:
1 | let () = (let open List in raise Exit); ();;
                               ^^^^^^^^^^
Warning 21 [nonreturning-statement]: this statement never returns (or has an unsound type.)
Exception: Stdlib.Exit.
|}]

(* Nothing runs after the phrase that raised. *)
let () = (raise Not_found : unit); ();;
let b = 1;;
[%%expect{|
Exception: Not_found.
|}]

let l = [1];;
let () = ignore (List.hd []);;
let _ = List.nth l 4;;
[%%expect{|
val l : int list = [1]
Exception: Failure "hd".
|}]
