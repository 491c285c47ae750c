(* The prelude: Stdlib and the modules of the subset, with the types OCaml
   4.13 gives them. *)

let a = Int32.add 1l 2l
let b = Int64.to_int 5L
let c = Nativeint.of_int 3
let d = Float.of_int 2
let e = List.map string_of_int [1; 2]
let f = Array.make 3 'x'
let g = String.length "abc"
let h = Char.code 'a'
let i = Option.get (Some 1)
let j = (fst (1, "x"), snd (1, "x"), min 1 2, max "a" "b")
let k = (succ 1, pred 1, float_of_int 1, int_of_float 1., string_of_float 1.)
[%%expect{|
val a : int32
val b : int
val c : nativeint
val d : float
val e : string list
val f : char array
val g : int
val h : int
val i : int
val j : int * string * int * string
val k : int * int * float * int * string
|}]

let l = List.fold_left
let m = ( @ )
let n = ( ! )
let o = ( := )
let p = raise
let q = failwith
[%%expect{|
val l : ('a -> 'b -> 'a) -> 'a -> 'b list -> 'a
val m : 'a list -> 'a list -> 'a list
val n : 'a ref -> 'a
val o : 'a ref -> 'a -> unit
val p : exn -> 'a
val q : string -> 'a
|}]

(* Exceptions of the prelude. *)
let safe_find f l = try Some (List.find f l) with Not_found -> None
let check x = if x < 0 then raise (Invalid_argument "negative") else x
let fail () = raise (Failure "no")
let stop () = raise Exit
[%%expect{|
val safe_find : ('a -> bool) -> 'a list -> 'a option
val check : int -> int
val fail : unit -> 'a
val stop : unit -> 'a
|}]

(* The prelude's deprecated operators give OCaml's alert. *)
let both = true & false
let either = true or false
[%%expect{|
Line 1, characters 16-17:
1 | let both = true & false
                    ^
Alert deprecated: Stdlib.&
Use (&&) instead.
val both : bool
Line 2, characters 18-20:
2 | let either = true or false
                      ^^
Alert deprecated: Stdlib.or
Use (||) instead.
val either : bool
|}]

(* The prelude can be shadowed. *)
let ( + ) a b = a ^ b
let s = "a" + "b"
[%%expect{|
val ( + ) : string -> string -> string
val s : string
|}]

(* CamlinternalFormatBasics and CamlinternalLazy, units of OCaml's library,
   are declared only in part: their types are there (format6 is what a
   format string has), the rest is outside the subset, said once per unit
   where the program names it. *)
type 'a fmt6 = ('a, unit, string, string, string, unit) CamlinternalFormatBasics.format6
let print (f : 'a fmt6) = Printf.sprintf f
[%%expect{|
type 'a fmt6 =
    ('a, unit, string, string, string, unit) CamlinternalFormatBasics.format6
Line 2, characters 41-42:
2 | let print (f : 'a fmt6) = Printf.sprintf f
                                             ^
Error: This expression has type
         'a fmt6 =
           ('a, unit, string, string, string, unit)
           CamlinternalFormatBasics.format6
       but an expression was expected of type
         ('a, unit, string) format =
           ('a, unit, string, string, string, string)
           CamlinternalFormatBasics.format6
       Type unit is not compatible with type string
|}]

let inspect (format : _ format6) =
  let (CamlinternalFormatBasics.Format (fmt, str)) = format in
  (fmt, str)
[%%expect{|
Line 2, characters 7-38:
2 |   let (CamlinternalFormatBasics.Format (fmt, str)) = format in
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: The module CamlinternalFormatBasics is not supported by mlhint
|}]

let force = CamlinternalLazy.force_lazy_block
[%%expect{|
Line 1, characters 12-45:
1 | let force = CamlinternalLazy.force_lazy_block
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: The module CamlinternalLazy is not supported by mlhint
|}]

(* The library's units outside the subset (CamlinternalOO is the one that
   objects need) are there, empty: naming one says so. *)
open CamlinternalOO
[%%expect{|
Line 1, characters 5-19:
1 | open CamlinternalOO
         ^^^^^^^^^^^^^^
Error: The module CamlinternalOO is not supported by mlhint
|}]
