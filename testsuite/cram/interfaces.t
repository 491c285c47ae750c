An interface file (`.mli`) is a signature, checked as `ocamlc -c` checks
it; given with its implementation, the implementation is checked against
it, and the other files see the unit through it (its abstract types stay
abstract). Every expected output below is what ocamlc 4.13.1 printed for
`ocamlc -c` of the same files in the same order (`-i` for the signature).

  $ cat > money.mli <<'EOF'
  > type t
  > exception Negative of int
  > val make : int -> t
  > val add : t -> t -> t
  > val cents : t -> int
  > EOF
  $ cat > money.ml <<'EOF'
  > type t = { c : int }
  > exception Negative of int
  > let make c = if c < 0 then raise (Negative c) else { c }
  > let add a b = { c = a.c + b.c }
  > let cents m = m.c
  > let scale k m = { c = k * m.c }
  > EOF
  $ cat > main.ml <<'EOF'
  > let total = Money.add (Money.make 3) (Money.make 4)
  > let c = Money.cents total
  > let bad = total.Money.c
  > EOF

The files using Money see its interface: `t` is abstract there.

  $ mlhint --hints=none money.mli money.ml main.ml
  File "main.ml", line 3, characters 16-23:
  3 | let bad = total.Money.c
                      ^^^^^^^
  Error: Unbound record field Money.c
  [2]

An implementation that lacks an item of its interface.

  $ cat > wrong.mli <<'EOF'
  > val size : int -> string
  > val name : string
  > EOF
  $ cat > wrong.ml <<'EOF'
  > let size n = n * 2
  > EOF
  $ mlhint wrong.mli wrong.ml
  File "wrong.ml", line 1:
  Error: The implementation wrong.ml does not match the interface wrong.cmi: 
         The value `name' is required but not provided
         File "wrong.mli", line 2, characters 0-17: Expected declaration
  [2]

A value of another type than its interface says.

  $ cat > cents.mli <<'EOF'
  > val cents : int -> string
  > EOF
  $ cat > cents.ml <<'EOF'
  > let cents c = c / 100
  > EOF
  $ mlhint cents.mli cents.ml
  File "cents.ml", line 1:
  Error: The implementation cents.ml does not match the interface cents.cmi: 
         Values do not match:
           val cents : int -> int
         is not included in
           val cents : int -> string
         File "cents.mli", line 1, characters 0-25: Expected declaration
         File "cents.ml", line 1, characters 4-9: Actual declaration
  [2]

An interface with an error of its own; -i prints an interface's signature.

  $ cat > typo.mli <<'EOF'
  > type t
  > val make : int -> u
  > EOF
  $ mlhint typo.mli
  File "typo.mli", line 2, characters 18-19:
  2 | val make : int -> u
                        ^
  Error: Unbound type constructor u
  [2]
  $ mlhint -i money.mli
  type t
  exception Negative of int
  val make : int -> t
  val add : t -> t -> t
  val cents : t -> int

Given alone, an implementation is checked against the interface beside it,
as a build compiles the .mli first (`ocamlc -c cents.ml` alone would ask
for cents.cmi; this is the output of `ocamlc -c cents.mli cents.ml`), and
-i prints the signature of the implementation only (as `ocamlc -i
money.ml` does).

  $ mlhint cents.ml
  File "cents.ml", line 1:
  Error: The implementation cents.ml does not match the interface cents.cmi: 
         Values do not match:
           val cents : int -> int
         is not included in
           val cents : int -> string
         File "cents.mli", line 1, characters 0-25: Expected declaration
         File "cents.ml", line 1, characters 4-9: Actual declaration
  [2]
  $ mlhint -i money.ml
  type t = { c : int; }
  exception Negative of int
  val make : int -> t
  val add : t -> t -> t
  val cents : t -> int
  val scale : int -> t -> t

An interface that names a deprecated module of the library: the alert is
said where the interface names it, once, and not again when the
implementation is checked against it (`ocamlc -c chan.mli chan.ml`).

  $ cat > chan.mli <<'EOF'
  > val out : Pervasives.out_channel
  > EOF
  $ cat > chan.ml <<'EOF'
  > let out = stdout
  > EOF
  $ mlhint chan.mli chan.ml
  File "chan.mli", line 1, characters 10-32:
  1 | val out : Pervasives.out_channel
                ^^^^^^^^^^^^^^^^^^^^^^
  Alert deprecated: module Stdlib.Pervasives
  Use Stdlib instead.
  
  If you need to stay compatible with OCaml < 4.07, you can use the 
  stdlib-shims library: https://github.com/ocaml/stdlib-shims

An interface that declares a module: the implementation's module is
matched against the declared signature (`ocamlc -c`), and the other files
see the module through it, its abstract types abstract.

  $ cat > shapes.mli <<'EOF'
  > module Point : sig
  >   type t
  >   val make : int -> int -> t
  >   val x : t -> int
  > end
  > val origin : Point.t
  > EOF
  $ cat > shapes.ml <<'EOF'
  > module Point = struct
  >   type t = { x : int; y : int }
  >   let make x y = { x; y }
  >   let x p = p.x
  > end
  > let origin = Point.make 0 0
  > EOF
  $ cat > draw.ml <<'EOF'
  > let o = Shapes.Point.x Shapes.origin
  > let bad = Shapes.origin.Shapes.Point.x
  > EOF
  $ mlhint --hints=none shapes.mli shapes.ml draw.ml
  File "draw.ml", line 2, characters 24-38:
  2 | let bad = Shapes.origin.Shapes.Point.x
                              ^^^^^^^^^^^^^^
  Error: Unbound record field Shapes.Point.x
  [2]
  $ mlhint -i shapes.mli
  module Point : sig type t val make : int -> int -> t val x : t -> int end
  val origin : Point.t

A value of the declared module with another type, and a declared module
the implementation lacks.

  $ cat > point.mli <<'EOF'
  > module Point : sig type t val x : t -> int end
  > EOF
  $ cat > point.ml <<'EOF'
  > module Point = struct type t = int let x p = string_of_int p end
  > EOF
  $ mlhint point.mli point.ml
  File "point.ml", line 1:
  Error: The implementation point.ml does not match the interface point.cmi: 
         In module Point:
         Modules do not match:
           sig type t = int val x : int -> string end
         is not included in
           sig type t val x : t -> int end
         In module Point:
         Values do not match:
           val x : int -> string
         is not included in
           val x : t -> int
         File "point.mli", line 1, characters 26-42: Expected declaration
         File "point.ml", line 1, characters 39-40: Actual declaration
  [2]
  $ cat > nopoint.mli <<'EOF'
  > module Point : sig type t end
  > EOF
  $ cat > nopoint.ml <<'EOF'
  > type t = int
  > EOF
  $ mlhint nopoint.mli nopoint.ml
  File "nopoint.ml", line 1:
  Error: The implementation nopoint.ml
         does not match the interface nopoint.cmi: 
         The module `Point' is required but not provided
         File "nopoint.mli", line 1, characters 0-29: Expected declaration
  [2]

Warning 70 (off by default) is said of an implementation that has no
interface file: never of an interface file, nor of an implementation
found with its interface (given, or beside it).

  $ mlhint -w +70 money.mli money.ml
  $ mlhint -w +70 money.ml
  $ cat > alone.ml <<'EOF'
  > let x = 1
  > EOF
  $ mlhint -w +70 alone.ml
  File "alone.ml", line 1:
  Warning 70 [missing-mli]: Cannot find interface file.
