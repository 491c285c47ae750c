(* A structure is in the subset; the rest of the module language is not:
   mlhint parses it as OCaml does, then refuses it at the construct, once. *)

module Counter = struct
  let count = ref 0
end
[%%expect{|
module Counter : sig val count : int ref end
|}]

(* A functor's module type is (../../ocaml-recorded/modules/m149_functor_type.ml),
   unless it returns a functor. *)
module type MAKER = functor (X : sig end) -> functor (Y : sig end) -> sig end
[%%expect{|
Line 1, characters 0-77:
1 | module type MAKER = functor (X : sig end) -> functor (Y : sig end) -> sig end
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Module types are not supported by mlhint
|}]

(* Nor are its uses errors again. *)
module M : MAKER = struct end
[%%expect{|
|}]

(* A generative functor. *)
module Make () = struct end
[%%expect{|
Line 1, characters 0-27:
1 | module Make () = struct end
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Functors are not supported by mlhint
|}]

(* A refused module is said once: its uses, in expressions and in types,
   are not errors again. *)
module Applied = Make (struct end)
[%%expect{|
|}]

let m = Applied.add 1 "one" Applied.empty
let size (m : string Applied.t) = Applied.cardinal m
[%%expect{|
|}]

(* A functor of the library applied to a module path that does not match
   its parameter: OCaml prints the module's whole signature there. *)
module Lists = Set.Make (List)
[%%expect{|
Line 1, characters 15-30:
1 | module Lists = Set.Make (List)
                   ^^^^^^^^^^^^^^^
Error: Functor arguments whose type t has parameters are not supported by mlhint
|}]

let l = Lists.empty
[%%expect{|
|}]

(* A module declared in a signature with `sig ... end` is in the subset
   (../../ocaml-recorded/modules/m133_constrained_submodule.ml), and so is
   one of a named module type (m140); a functor declared there, or a module
   of another module type (`module type of`), is not. *)
module Checked : sig module F : functor (X : sig end) -> sig end end =
  struct module F (X : sig end) = struct end end
[%%expect{|
Line 1, characters 21-64:
1 | module Checked : sig module F : functor (X : sig end) -> sig end end =
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Functor declarations in signatures are not supported by mlhint
|}]

let y = Checked.x + 1
[%%expect{|
|}]

module Declared : sig module N : module type of List end = struct module N = List end
[%%expect{|
Line 1, characters 22-52:
1 | module Declared : sig module N : module type of List end = struct module N = List end
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Module declarations other than of a signature or a named module type are not supported by mlhint
|}]

(* A module alias in a signature a module is matched against (Includemod
   compares an alias by its path). *)
module Aliased : sig module N : sig val x : int end module N' = N end =
  struct module N = struct let x = 1 end module N' = N end
[%%expect{|
Line 2, characters 2-58:
2 |   struct module N = struct let x = 1 end module N' = N end
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Module aliases in a signature that a module is matched against are not supported by mlhint
|}]

(* `open M` of a module of the prelude is in the subset, and so is `open
   struct ... end` of values (../typing/open_structures.ml), of type
   abbreviations (../typing/open_structure_types.ml) and of any type,
   exception, module or module type the signature does not show
   (../typing/open_structure_hidden.ml). One that it shows is OCaml's
   error, which names the type by a stamp ("The type t/150 introduced by
   this open appears in the signature"): refused at the open, in the
   structure whose signature shows it, also another open's. *)
module O = struct open struct type t = A end let x = A end
[%%expect{|
Line 1, characters 18-44:
1 | module O = struct open struct type t = A end let x = A end
                      ^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types and modules of an open structure that appear in the signature are not supported by mlhint
|}]

module O2 = struct
  open struct
    open struct type t = A end
    let y = A
  end
end
[%%expect{|
Line 3, characters 4-30:
3 |     open struct type t = A end
        ^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types and modules of an open structure that appear in the signature are not supported by mlhint
|}]

include struct open struct type t = T end let x = T end
[%%expect{|
Line 1, characters 15-41:
1 | include struct open struct type t = T end let x = T end
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types and modules of an open structure that appear in the signature are not supported by mlhint
|}]

(* Where OCaml shows another form of what is hidden (an abstract type for
   one whose definition names it, the signature of a hidden module or
   module type, an abbreviation's expansion that names the program's
   types), refused too. *)
module O3 = struct open struct type t = T end type u = C of t end
[%%expect{|
Line 1, characters 19-45:
1 | module O3 = struct open struct type t = T end type u = C of t end
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types and modules of an open structure that appear in the signature are not supported by mlhint
|}]

module O4 = struct open struct module A = struct let v = 1 end end module B = A end
[%%expect{|
Line 1, characters 19-66:
1 | module O4 = struct open struct module A = struct let v = 1 end end module B = A end
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types and modules of an open structure that appear in the signature are not supported by mlhint
|}]

module O5 = struct
  open struct module type S = sig val x : int end end
  module M : S = struct let x = 1 end
end
[%%expect{|
Line 2, characters 2-53:
2 |   open struct module type S = sig val x : int end end
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types and modules of an open structure that appear in the signature are not supported by mlhint
|}]

type u = A
module O6 = struct open struct type v = u list end let x : v = [A] end
[%%expect{|
type u = A
Line 2, characters 19-50:
2 | module O6 = struct open struct type v = u list end let x : v = [A] end
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types and modules of an open structure that appear in the signature are not supported by mlhint
|}]

module O7 = struct open struct include List end let n = length [] end
[%%expect{|
Line 1, characters 31-43:
1 | module O7 = struct open struct include List end let n = length [] end
                                   ^^^^^^^^^^^^
Error: Include statements in an open structure are not supported by mlhint
|}]

include List
[%%expect{|
Line 1, characters 0-12:
1 | include List
    ^^^^^^^^^^^^
Error: Include statements in the toplevel are not supported by mlhint
|}]

(* The refusal is said once: the items after it see the names it would have
   brought, and the module, bound as a refused one, is used silently. *)
module Loud = struct
  include Hashtbl
  let program () = length (create 1)
end
[%%expect{|
Line 2, characters 2-17:
2 |   include Hashtbl
      ^^^^^^^^^^^^^^^
Error: Include statements of a module with module types inside are not supported by mlhint
|}]

let greeting = Loud.program ()
[%%expect{|
|}]

(* Nor is the absence of what it would have brought a mismatch with the
   module type of the structure it is in. *)
module Quiet : sig val length : ('a, 'b) Hashtbl.t -> int end = struct
  include Hashtbl
end
[%%expect{|
Line 2, characters 2-17:
2 |   include Hashtbl
      ^^^^^^^^^^^^^^^
Error: Include statements of a module with module types inside are not supported by mlhint
|}]

let size = Quiet.length (Hashtbl.create 1)
[%%expect{|
|}]

module H = struct include Hashtbl end
[%%expect{|
Line 1, characters 18-33:
1 | module H = struct include Hashtbl end
                      ^^^^^^^^^^^^^^^
Error: Include statements of a module with module types inside are not supported by mlhint
|}]

(* A module whose items name the types of its submodules: after the
   include, OCaml prints those through the submodule's alias (`State.t`). *)
module R = struct include Random end
[%%expect{|
Line 1, characters 18-32:
1 | module R = struct include Random end
                      ^^^^^^^^^^^^^^
Error: Include statements of a module whose items name its modules' types are not supported by mlhint
|}]

module Outer = struct
  module Inner = struct type t = int end
  let zero : Inner.t = 0
end
module Both = struct include Outer end
[%%expect{|
module Outer : sig module Inner : sig type t = int end val zero : Inner.t end
Line 5, characters 21-34:
5 | module Both = struct include Outer end
                         ^^^^^^^^^^^^^
Error: Include statements of a module whose items name its modules' types are not supported by mlhint
|}]

(* OCaml lets a later item shadow a type or an exception that an include
   brought (and drops it from the signature); mlhint refuses the later
   item. Defined first and included after, it is OCaml's error. *)
module J = struct
  module D = struct type t = A exception E end
  include D
  type t = int
end
[%%expect{|
Line 4, characters 2-14:
4 |   type t = int
      ^^^^^^^^^^^^
Error: Definitions of a name that an include brought are not supported by mlhint
|}]

module K = struct
  module D = struct type t = A end
  type t = int
  include D
end
[%%expect{|
Line 4, characters 2-11:
4 |   include D
      ^^^^^^^^^
Error: Multiple definition of the type name t.
       Names must be unique in a given structure or signature.
|}]

(* `include struct ... end` is in (../typing/include_structures.ml); of
   another module expression, refused. A later item defining a name the
   include brought is refused as above. *)
module I = struct include (struct let x = 1 end : sig val x : int end) end
[%%expect{|
Line 1, characters 18-70:
1 | module I = struct include (struct let x = 1 end : sig val x : int end) end
                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Include statements are not supported by mlhint
|}]

module S = struct
  include struct type t = A end
  type t = B
end
[%%expect{|
Line 3, characters 2-12:
3 |   type t = B
      ^^^^^^^^^^
Error: Definitions of a name that an include brought are not supported by mlhint
|}]

(* `let open struct ... end in` is in (../typing/local_open_structures.ml);
   of a functor, OCaml's "This module is not a structure" is not said. *)
let l = let open functor (X : sig end) -> struct end in 1
[%%expect{|
Line 1, characters 8-57:
1 | let l = let open functor (X : sig end) -> struct end in 1
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Local opens of a module expression are not supported by mlhint
|}]

(* A module outside the subset, opened. *)
let l = Bigarray.(1)
[%%expect{|
Line 1, characters 8-16:
1 | let l = Bigarray.(1)
            ^^^^^^^^
Error: The module Bigarray is not supported by mlhint
|}]

(* A local module evaluated by a `let rec' definition: what its items use
   is not followed (Rec_check.module_binding). *)
let rec x = let module M = struct let f = x end in ()
[%%expect{|
Line 1, characters 12-53:
1 | let rec x = let module M = struct let f = x end in ()
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Local modules evaluated by a `let rec' definition are not supported by mlhint
|}]

(* First-class modules: a module type with modules inside is not unpacked. *)
module type WITH_SUB = sig module Sub : sig val x : int end end
let f (m : (module WITH_SUB)) = let module M = (val m) in M.Sub.x
[%%expect{|
module type WITH_SUB = sig module Sub : sig val x : int end end
Line 2, characters 47-54:
2 | let f (m : (module WITH_SUB)) = let module M = (val m) in M.Sub.x
                                                   ^^^^^^^
Error: Unpacked modules with modules inside are not supported by mlhint
|}]

(* A builtin primitive is taken at the arity the library's externals use
   it: OCaml's translation checks the others, "Wrong arity for builtin
   primitive". *)
external cmp : 'a -> 'b = "%compare"
[%%expect{|
Line 1, characters 0-36:
1 | external cmp : 'a -> 'b = "%compare"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Externals of a builtin primitive the library does not use at that arity are not supported by mlhint
|}]

(* A syntax error inside an unsupported construct is OCaml's syntax error. *)
module M = struct let x = end
[%%expect{|
Line 1, characters 26-29:
1 | module M = struct let x = end
                              ^^^
Error: Syntax error
|}]

(* `with` constraints other than `with type t = u` on an abstract type, and
   a mismatch against a constrained module type that OCaml may print or
   elide (it measures the module types' marshalled size). *)
module type Ring = sig
  type t
  val zero : t
  val add : t -> t -> t
  val to_string : t -> string
end
module type Sub = Ring with module M := List
[%%expect{|
module type Ring =
  sig
    type t
    val zero : t
    val add : t -> t -> t
    val to_string : t -> string
  end
Line 7, characters 0-44:
7 | module type Sub = Ring with module M := List
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: With constraints other than `with type t = ...' are not supported by mlhint
|}]

module type Twice = Ring with type t = int and type t = int
[%%expect{|
Line 1, characters 20-59:
1 | module type Twice = Ring with type t = int and type t = int
                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: With constraints that do not match the type they constrain are not supported by mlhint
|}]

module Wrong : Ring with type t = int = struct
  type t = int
  let zero = 0.
  let add = ( + )
  let to_string = string_of_int
end
[%%expect{|
Lines 1-6, characters 40-3:
1 | ........................................struct
2 |   type t = int
3 |   let zero = 0.
4 |   let add = ( + )
5 |   let to_string = string_of_int
6 | end
Error: Signature mismatches of this size are not supported by mlhint
|}]

(* The types of a module constrained to a module type, opened where a
   signature could name them (OCaml's "The type t/N introduced by this open
   appears in the signature" names a stamp). Its names stay bound. *)
module Hidden = struct
  open (struct type t = int let x = 1 end : sig type t val x : t end)
  let y = x
end
[%%expect{|
Line 2, characters 2-69:
2 |   open (struct type t = int let x = 1 end : sig type t val x : t end)
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Types in an open module constrained to a module type are not supported by mlhint
|}]

(* In a signature, `open` of another path than a module's or one functor
   application of paths. *)
module type Apply2 = sig open Set.Make(Set.Make(Int)) end
[%%expect{|
Line 1, characters 25-53:
1 | module type Apply2 = sig open Set.Make(Set.Make(Int)) end
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Open statements of a functor application are not supported by mlhint
|}]

(* `F(A).t` where the application fails: OCaml's "Modules do not match"
   of a path is not printed. *)
module NoCompare = struct type t = int end
type bad = Set.Make(NoCompare).t
[%%expect{|
module NoCompare : sig type t = int end
Line 2, characters 11-30:
2 | type bad = Set.Make(NoCompare).t
               ^^^^^^^^^^^^^^^^^^^
Error: Functor arguments that do not match the parameter are not supported by mlhint
|}]

(* A type path through more than one application: OCaml's error for
   `Set.Make(String)(Int)` ("a structure, it cannot be applied") is not
   printed; neither is it taken for `Set.Make(String).t`. *)
type applied_twice = Set.Make(String)(Int).t
[%%expect{|
Line 1, characters 21-44:
1 | type applied_twice = Set.Make(String)(Int).t
                         ^^^^^^^^^^^^^^^^^^^^^^^
Error: Type paths through nested functor applications are not supported by mlhint
|}]
type nested = Set.Make(Set.Make(Int)).t
[%%expect{|
Line 1, characters 14-39:
1 | type nested = Set.Make(Set.Make(Int)).t
                  ^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Type paths through nested functor applications are not supported by mlhint
|}]

(* A functor constrained to a functor's module type is checked when its
   parameters are of the module type's parameters' named module types; a
   mismatch, which OCaml explains with both functors' types, is refused. *)
module type Result = sig val y : int end
module type Fn = functor (X : sig val x : int end) -> Result
module Renamed : Fn = functor (Z : sig val x : int end) -> struct let y = Z.x end
[%%expect{|
module type Result = sig val y : int end
module type Fn = functor (X : sig val x : int end) -> Result
Line 3, characters 22-81:
3 | module Renamed : Fn = functor (Z : sig val x : int end) -> struct let y = Z.x end
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Functors whose parameters are not of their module type's parameters' module types are not supported by mlhint
|}]

module type Named = sig val x : int end
module type Fn2 = functor (X : Named) -> Result
module Missing : Fn2 = functor (X : Named) -> struct let z = X.x end
[%%expect{|
module type Named = sig val x : int end
module type Fn2 = functor (X : Named) -> Result
Line 3, characters 23-68:
3 | module Missing : Fn2 = functor (X : Named) -> struct let z = X.x end
                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Functors that do not match their module type are not supported by mlhint
|}]

(* Two package types of different module types unify when the module types
   include each other (Ctype.unify_package), which mlhint does not check:
   where their items have the same names, the clash is refused. *)
module type S = sig type u type t end
module type S' = sig type t = int type u = bool end
let f (x : (module S with type t = 'a and type u = 'b)) = (x : (module S'))
[%%expect{|
module type S = sig type u type t end
module type S' = sig type t = int type u = bool end
Line 3, characters 59-60:
3 | let f (x : (module S with type t = 'a and type u = 'b)) = (x : (module S'))
                                                               ^
Error: Package types of two module types that may be equivalent are not supported by mlhint
|}]
