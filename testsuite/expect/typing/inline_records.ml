(* TEST
   * expect
*)

(* Inline records: `C of { ... }` in a type definition, built in place,
   matched, read and assigned through a variable bound by `C r`. *)

type 'a shape =
  | Dot
  | Box of { width : int; mutable height : int; tag : 'a }
  | Many of { items : 'a shape list }
let area = function Dot -> 0 | Box { width; height; _ } -> width * height | Many _ -> 0
let unit_box tag = Box { width = 1; height = 1; tag }
let grow = function Box r -> r.height <- r.height + 1; Box r | s -> s
let widen = function Box r -> Box { r with width = r.width + 1 } | s -> s
let tag_of = function Box r -> Some r.tag | _ -> None
let nested = Many { items = [ Dot; unit_box "a" ] }
[%%expect{|
type 'a shape =
    Dot
  | Box of { width : int; mutable height : int; tag : 'a; }
  | Many of { items : 'a shape list; }
val area : 'a shape -> int = <fun>
val unit_box : 'a -> 'a shape = <fun>
val grow : 'a shape -> 'a shape = <fun>
val widen : 'a shape -> 'a shape = <fun>
val tag_of : 'a shape -> 'a option = <fun>
val nested : string shape =
  Many {items = [Dot; Box {width = 1; height = 1; tag = "a"}]}
|}]

(* Printed as a signature prints them, long ones broken as OCaml breaks them. *)
type configuration_record =
  | Settings of { verbose_output : bool; maximum_iterations : int; mutable output_path : string }
  | Defaults
[%%expect{|
type configuration_record =
    Settings of { verbose_output : bool; maximum_iterations : int;
      mutable output_path : string;
    }
  | Defaults
|}]

(* In a module, and through a module type. *)
module M : sig
  type t = P of { p : int } | Q
  val v : t
end = struct
  type t = P of { p : int } | Q
  let v = P { p = 1 }
end
let read = match M.v with M.P r -> r.p | M.Q -> 0
let read_pattern = function M.P { p } -> p | M.Q -> 0
[%%expect{|
module M : sig type t = P of { p : int; } | Q val v : t end
val read : int = 1
val read_pattern : M.t -> int = <fun>
|}]

(* A re-export repeats the fields. *)
type 'a box = 'a shape = Dot | Box of { width : int; mutable height : int; tag : 'a } | Many of { items : 'a shape list }
[%%expect{|
type 'a box =
  'a shape =
    Dot
  | Box of { width : int; mutable height : int; tag : 'a; }
  | Many of { items : 'a shape list; }
|}]

type 'a other = 'a shape = Dot | Box of { width : int; height : int; tag : 'a } | Many of { items : 'a shape list }
[%%expect{|
Line 1, characters 0-115:
1 | type 'a other = 'a shape = Dot | Box of { width : int; height : int; tag : 'a } | Many of { items : 'a shape list }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type 'a shape
       Constructors do not match:
         Box of { width : int; mutable height : int; tag : 'a; }
       is not compatible with:
         Box of { width : int; height : int; tag : 'a; }
       Fields do not match:
         mutable height : int;
       is not compatible with:
         height : int;
       The original is mutable and this is not.
|}]

type 'a other = 'a shape = Dot | Box of { width : int; mutable depth : int; tag : 'a } | Many of { items : 'a shape list }
[%%expect{|
Line 1, characters 0-122:
1 | type 'a other = 'a shape = Dot | Box of { width : int; mutable depth : int; tag : 'a } | Many of { items : 'a shape list }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type 'a shape
       Constructors do not match:
         Box of { width : int; mutable height : int; tag : 'a; }
       is not compatible with:
         Box of { width : int; mutable depth : int; tag : 'a; }
       Fields number 1 have different names, height and depth.
|}]

type 'a other = 'a shape = Dot | Box of int | Many of { items : 'a shape list }
[%%expect{|
Line 1, characters 0-79:
1 | type 'a other = 'a shape = Dot | Box of int | Many of { items : 'a shape list }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This variant or record definition does not match that of type 'a shape
       Constructors do not match:
         Box of { width : int; mutable height : int; tag : 'a; }
       is not compatible with:
         Box of int
       The original uses inline records and this doesn't.
|}]

(* The inline record may not escape: not returned, not passed on, not
   annotated in a pattern. *)
let escape = function Box r -> r | _ -> assert false
[%%expect{|
Line 1, characters 31-32:
1 | let escape = function Box r -> r | _ -> assert false
                                   ^
Error: This form is not allowed as the type of the inlined record could escape.
|}]

let passed = function Box r -> ignore r | _ -> ()
[%%expect{|
Line 1, characters 38-39:
1 | let passed = function Box r -> ignore r | _ -> ()
                                          ^
Error: This form is not allowed as the type of the inlined record could escape.
|}]

let copied = function Box r -> { r with width = 0 } | _ -> assert false
[%%expect{|
Line 1, characters 33-34:
1 | let copied = function Box r -> { r with width = 0 } | _ -> assert false
                                     ^
Error: This form is not allowed as the type of the inlined record could escape.
|}]

let annotated = function Box ({ width; _ } : int shape) -> width | _ -> 0
[%%expect{|
Line 1, characters 29-55:
1 | let annotated = function Box ({ width; _ } : int shape) -> width | _ -> 0
                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This form is not allowed as the type of the inlined record could escape.
|}]

let from_variable x = Box x
[%%expect{|
Line 1, characters 26-27:
1 | let from_variable x = Box x
                              ^
Error: This form is not allowed as the type of the inlined record could escape.
|}]

(* The constructor wants its record written in place. *)
let tupled = Box (1, 2, "a")
[%%expect{|
Line 1, characters 13-28:
1 | let tupled = Box (1, 2, "a")
                 ^^^^^^^^^^^^^^^
Error: This constructor expects an inlined record argument.
|}]

(* Its fields are not in scope: only the type of the record finds them. *)
let unknown x = x.width
[%%expect{|
Line 1, characters 18-23:
1 | let unknown x = x.width
                      ^^^^^
Error: Unbound record field width
|}]

let wrong_field = function Box r -> r.depth | _ -> 0
[%%expect{|
Line 1, characters 38-43:
1 | let wrong_field = function Box r -> r.depth | _ -> 0
                                          ^^^^^
Error: The field depth is not part of the record argument for the box.Box constructor
|}]

let wrong_pattern = function Box { depth; _ } -> depth | _ -> 0
[%%expect{|
Line 1, characters 35-40:
1 | let wrong_pattern = function Box { depth; _ } -> depth | _ -> 0
                                       ^^^^^
Error: The field depth is not part of the record argument for the box.Box constructor
|}]

let missing = Box { width = 1; tag = () }
[%%expect{|
Line 1, characters 18-41:
1 | let missing = Box { width = 1; tag = () }
                      ^^^^^^^^^^^^^^^^^^^^^^^
Error: Some record fields are undefined: height
|}]

let wrong_type = Box { width = 1; height = "high"; tag = () }
[%%expect{|
Line 1, characters 43-49:
1 | let wrong_type = Box { width = 1; height = "high"; tag = () }
                                               ^^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

type immutable = Fixed of { size : int }
let set = function Fixed r -> r.size <- 3
[%%expect{|
type immutable = Fixed of { size : int; }
Line 2, characters 30-41:
2 | let set = function Fixed r -> r.size <- 3
                                  ^^^^^^^^^^^
Error: The record field size is not mutable
|}]

(* Exhaustiveness: the counter-example shows the fields. *)
let partial = function Box { width = 0; _ } -> () | Dot | Many _ -> ()
[%%expect{|
Line 1, characters 14-70:
1 | let partial = function Box { width = 0; _ } -> () | Dot | Many _ -> ()
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
Box {width=1; _ }
val partial : 'a box -> unit = <fun>
|}]

let partial_option = function Many { items = [] } -> () | Dot | Box _ -> ()
[%%expect{|
Line 1, characters 21-75:
1 | let partial_option = function Many { items = [] } -> () | Dot | Box _ -> ()
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
Many {items=_::_}
val partial_option : 'a box -> unit = <fun>
|}]

(* Two labels of one inline record. *)
type duplicated = D of { a : int; a : int }
[%%expect{|
Line 1, characters 34-35:
1 | type duplicated = D of { a : int; a : int }
                                      ^
Error: Two labels are named a
|}]

(* [@@unboxed] takes one immutable field. *)
type unboxed = U of { value : int } [@@unboxed]
type not_unboxed = N of { mutable value : int } [@@unboxed]
[%%expect{|
type unboxed = U of { value : int; } [@@unboxed]
Line 2, characters 0-59:
2 | type not_unboxed = N of { mutable value : int } [@@unboxed]
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This type cannot be unboxed because it is mutable.
|}]

(* A hint about a field read: the conversion that makes it fit. *)
let scaled = function Box r -> r.width *. 2.0 | _ -> 0.
[%%expect{|
Line 1, characters 31-38:
1 | let scaled = function Box r -> r.width *. 2.0 | _ -> 0.
                                   ^^^^^^^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 31-38:
1 | let scaled = function Box r -> r.width *. 2.0 | _ -> 0.
                                   ^^^^^^^
  Hint: Did you mean `float_of_int r.width'?
|}]

(* Warnings: a `with` that keeps nothing (23), then, enabled, fields a
   pattern leaves out without `; _` (9). *)
let rebuilt = function Box r -> Box { r with width = 1; height = 2; tag = 3 } | s -> s
[%%expect{|
Line 1, characters 36-77:
1 | let rebuilt = function Box r -> Box { r with width = 1; height = 2; tag = 3 } | s -> s
                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 23 [useless-record-with]: all the fields are explicitly listed in this record:
the 'with' clause is useless.
val rebuilt : int box -> int box = <fun>
|}]

[@@@warning "+9"]
let width_only = function Box { width } -> width | _ -> 0
[%%expect{|
Line 2, characters 30-39:
2 | let width_only = function Box { width } -> width | _ -> 0
                                  ^^^^^^^^^
Warning 9 [missing-record-field-pattern]: the following labels are not bound in this record pattern:
height, tag
Either bind these labels explicitly or add '; _' to the pattern.
val width_only : 'a box -> int = <fun>
|}]
