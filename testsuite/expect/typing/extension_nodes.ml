(* TEST
   * expect
*)

(* An extension node that no preprocessor expanded: OCaml's error, at the
   extension's name, wherever it stands. *)

let y = [%ext 1]
[%%expect{|
Line 1, characters 10-13:
1 | let y = [%ext 1]
              ^^^
Error: Uninterpreted extension 'ext'.
|}]

let f = function [%pat] -> 0
[%%expect{|
Line 1, characters 19-22:
1 | let f = function [%pat] -> 0
                       ^^^
Error: Uninterpreted extension 'pat'.
|}]

type t = [%ty]
[%%expect{|
Line 1, characters 11-13:
1 | type t = [%ty]
               ^^
Error: Uninterpreted extension 'ty'.
|}]

let z = let%lwt a = 1 in a
[%%expect{|
Line 1, characters 12-15:
1 | let z = let%lwt a = 1 in a
                ^^^
Error: Uninterpreted extension 'lwt'.
|}]

let w = (); %seq ()
[%%expect{|
Line 1, characters 13-16:
1 | let w = (); %seq ()
                 ^^^
Error: Uninterpreted extension 'seq'.
|}]

[%%item 1]
[%%expect{|
Line 1, characters 3-7:
1 | [%%item 1]
       ^^^^
Error: Uninterpreted extension 'item'.
|}]

let r = match%m 1 with _ -> 0
[%%expect{|
Line 1, characters 14-15:
1 | let r = match%m 1 with _ -> 0
                  ^
Error: Uninterpreted extension 'm'.
|}]

let s = [%ocaml.foo]
let t = 1
[%%expect{|
Line 1, characters 10-19:
1 | let s = [%ocaml.foo]
              ^^^^^^^^^
Error: Uninterpreted extension 'ocaml.foo'.
|}]
