A refused type definition is said once. Its type and constructors stay
bound as refused names: the items that use them are abandoned without a
word, not reported as "Unbound constructor" at each use. (ocamlc accepts
this program; mlhint refuses the constructor written in GADT syntax, and
only it.)

  $ cat > shapes.ml <<'EOF'
  > type shape = Dot | Box : int * int -> shape
  > let area = function Dot -> 0 | Box (width, height) -> width * height
  > let unit_box = Box (1, 1)
  > let describe (s : shape) = if s = Dot then "dot" else "box"
  > let total = List.length [1; 2]
  > EOF
  $ mlhint shapes.ml
  File "shapes.ml", line 1, characters 23-43:
  1 | type shape = Dot | Box : int * int -> shape
                             ^^^^^^^^^^^^^^^^^^^^
  Error: Generalized algebraic data types are not supported by mlhint
  [2]

A type definition that fails on an error of its own is OCaml's error, once.

  $ cat > unknown.ml <<'EOF'
  > type item = Item of widget
  > let first = Item 3
  > EOF
  $ mlhint unknown.ml
  File "unknown.ml", line 1, characters 20-26:
  1 | type item = Item of widget
                          ^^^^^^
  Error: Unbound type constructor widget
  [2]
