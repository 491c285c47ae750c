(* TEST
   flags: -w +40+41+42
*)
(* Labels and constructors of modules, chosen by the expected type
   (Typecore.disambiguate_label_by_ids and NameChoice). The errors of a
   label of another module are in ocaml-recorded/modules (m111, m112). *)

module A = struct type t = { x : int } end
[%%expect{|
module A : sig type t = { x : int; } end
|}]

(* A field out of scope in a record is reported in the record's form, even
   when it is the only one (Warnings.Name_out_of_scope (_, _, true)). *)
let f1 ({ x } : A.t) = x
[%%expect{|
Line 1, characters 10-11:
1 | let f1 ({ x } : A.t) = x
              ^
Warning 42 [disambiguated-name]: this use of x relies on type-directed disambiguation,
it will not compile with OCaml 4.00 or earlier.
Line 1, characters 8-13:
1 | let f1 ({ x } : A.t) = x
            ^^^^^
Warning 40 [name-out-of-scope]: this record of type A.t contains fields that are
not visible in the current scope: x.
They will not be selected if the type becomes unknown.
val f1 : A.t -> int = <fun>
|}]

let f2 (r : A.t) = { r with x = 1 }
[%%expect{|
Line 1, characters 28-29:
1 | let f2 (r : A.t) = { r with x = 1 }
                                ^
Warning 42 [disambiguated-name]: this use of x relies on type-directed disambiguation,
it will not compile with OCaml 4.00 or earlier.
Line 1, characters 19-35:
1 | let f2 (r : A.t) = { r with x = 1 }
                       ^^^^^^^^^^^^^^^^
Warning 40 [name-out-of-scope]: this record of type A.t contains fields that are
not visible in the current scope: x.
They will not be selected if the type becomes unknown.
Line 1, characters 19-35:
1 | let f2 (r : A.t) = { r with x = 1 }
                       ^^^^^^^^^^^^^^^^
Warning 23 [useless-record-with]: all the fields are explicitly listed in this record:
the 'with' clause is useless.
val f2 : A.t -> A.t = <fun>
|}]

let f3 (r : A.t) = r.x
[%%expect{|
Line 1, characters 21-22:
1 | let f3 (r : A.t) = r.x
                         ^
Warning 40 [name-out-of-scope]: x was selected from type A.t.
It is not visible in the current scope, and will not
be selected if the type becomes unknown.
Line 1, characters 21-22:
1 | let f3 (r : A.t) = r.x
                         ^
Warning 42 [disambiguated-name]: this use of x relies on type-directed disambiguation,
it will not compile with OCaml 4.00 or earlier.
val f3 : A.t -> int = <fun>
|}]

(* A type that re-exports another is that other type when its labels and
   constructors are looked for (Typecore's expand_path): nothing is out of
   scope, nothing is disambiguated. *)
module M = struct
  type t = { y : int }
  type v = V1 | V2
  module N = struct
    type s = t = { y : int }
    type w = v = V1 | V2
  end
  type u = { y : bool }
  type z = V1
end
[%%expect{|
module M :
  sig
    type t = { y : int; }
    type v = V1 | V2
    module N : sig type s = t = { y : int; } type w = v = V1 | V2 end
    type u = { y : bool; }
    type z = V1
  end
|}]

module Ok = struct
  open M.N
  let f (r : M.t) = r.y
  let g (r : M.t) = match r with { y } -> y
  let h () : M.t = { y = 1 }
  let k (v : M.v) = match v with V1 -> 1 | V2 -> 2
end
[%%expect{|
module Ok :
  sig
    val f : M.t -> int
    val g : M.t -> int
    val h : unit -> M.t
    val k : M.v -> int
  end
|}]
