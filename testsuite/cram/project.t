Files given together are OCaml's compilation units: each file is the module
named after it, and a file that uses another's module is checked after it,
with that module's signature, as `ocamlc -c` checks them in the order
`ocamldep -sort` gives. Every expected output below is what ocamlc 4.13.1
printed for the same files compiled in that order.

  $ cat > money.ml <<'EOF'
  > type t = { cents : int }
  > exception Negative of int
  > let make c = if c < 0 then raise (Negative c) else { cents = c }
  > let add a b = { cents = a.cents + b.cents }
  > module Rate = struct let scale k m = { cents = k * m.cents } end
  > EOF
  $ cat > main.ml <<'EOF'
  > open Money
  > let total = add (make 3) (Money.make 4)
  > let doubled = Money.Rate.scale 2 total
  > let cents = doubled.cents + total.Money.cents
  > let safe n = try Some (make n) with Negative _ -> None
  > EOF

The file that uses the other comes second, whatever the order given; -i
prints each file's signature in that order.

  $ mlhint -i main.ml money.ml
  type t = { cents : int; }
  exception Negative of int
  val make : int -> t
  val add : t -> t -> t
  module Rate : sig val scale : int -> t -> t end
  val total : Money.t
  val doubled : Money.t
  val cents : int
  val safe : int -> Money.t option

An error about the other file's types prints them by its module's name, and
the hints work across files.

  $ printf 'let bad = Money.add 3 (Money.make 2)\nlet r = Money.Rate.scale 1.5\n' > use.ml
  $ mlhint use.ml money.ml
  File "use.ml", line 1, characters 20-21:
  1 | let bad = Money.add 3 (Money.make 2)
                          ^
  Error: This expression has type int but an expression was expected of type
           Money.t
  File "use.ml", line 2, characters 25-28:
  2 | let r = Money.Rate.scale 1.5
                               ^^^
  Error: This expression has type float but an expression was expected of type
           int
  [2]

A file whose unit has errors is not checked (its errors would be about the
unit's missing names), as `ocamlc -c` stops at the unit; the files that do
not use it are.

  $ printf 'let make c = c +. 1\n' > money.ml
  $ printf 'let z = 1 + "a"\n' > other.ml
  $ mlhint main.ml money.ml other.ml
  File "money.ml", line 1, characters 18-19:
  1 | let make c = c +. 1
                        ^
  Error: This expression has type int but an expression was expected of type
           float
    Hint: Did you mean `1.'?
  File "other.ml", line 1, characters 12-15:
  1 | let z = 1 + "a"
                  ^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]

A directory stands for the `.ml` files under it (not those under `_build`
or a hidden directory).

  $ mkdir -p proj/_build proj/sub
  $ printf 'let greet name = "hello " ^ name\n' > proj/sub/greeting.ml
  $ printf 'let () = print_endline (Greeting.greet 42)\n' > proj/main.ml
  $ printf 'let broken = (\n' > proj/_build/main.ml
  $ mlhint proj
  File "proj/main.ml", line 1, characters 39-41:
  1 | let () = print_endline (Greeting.greet 42)
                                             ^^
  Error: This expression has type int but an expression was expected of type
           string
  [2]

Files that use each other cannot be compiled in any order: the cycle is
reported once, and none of its files is checked.

  $ printf 'let x = B.y\n' > a.ml
  $ printf 'let y = 1\nlet z = A.x\n' > b.ml
  $ mlhint a.ml b.ml
  File "a.ml", line 1:
  Error: Dependency cycle between modules:
     A
  -> B
  -> A
  [2]
  $ mlhint --format=short b.ml a.ml
  b.ml:1: error: Dependency cycle between modules: B -> A -> B [dependency-cycle]
  [2]

A file named like a module of the standard library hides that module from
the files that use it, as a unit in ocamlc's load path does.

  $ printf 'let length _ = "mine"\n' > list.ml
  $ printf 'let n : int = List.length [1; 2]\n' > count.ml
  $ mlhint -i list.ml count.ml
  val length : 'a -> string
  File "count.ml", line 1, characters 14-32:
  1 | let n : int = List.length [1; 2]
                    ^^^^^^^^^^^^^^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]

-open M opens M before the first line of each file, and -I DIR makes the
`.ml` files of DIR modules the files may use, as ocamlc reads the compiled
interfaces there (what is wrong in those files is not reported).

  $ printf 'let () = printf "%%d\\n" (length [1])\n' > opened.ml
  $ mlhint -open Printf -open List opened.ml
  $ mlhint -open Nope opened.ml
  File "command line", line 1:
  Error: Unbound module Nope
  [2]
  $ mkdir lib
  $ printf 'let helper x = x + 1\n' > lib/util.ml
  $ printf 'let y = Util.helper 2\nlet z = Util.helper "a"\n' > client.ml
  $ mlhint -I lib client.ml
  File "client.ml", line 2, characters 20-23:
  2 | let z = Util.helper "a"
                          ^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]
  $ mlhint -open Util -I lib -i client.ml
  File "client.ml", line 2, characters 20-23:
  2 | let z = Util.helper "a"
                          ^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]

In a dune project, a wrapped library's modules are `Lib.M` from the other
directories (the error is the one ocamlc gives for dune's compilation of
the library as `Bank` with `Bank.Money` in it), and a directory's own
modules are used by their names.

  $ mkdir -p dn/bin dn/lib dn/_build/default
  $ printf '(lang dune 3.0)\n' > dn/dune-project
  $ printf '(library\n (name bank))\n' > dn/lib/dune
  $ printf '(executable (name main) (libraries bank))\n' > dn/bin/dune
  $ printf 'type t = { cents : int }\nlet make c = { cents = c }\n' > dn/lib/money.ml
  $ printf 'let deposit (m : Money.t) k = Money.make (m.Money.cents + k)\n' > dn/lib/account.ml
  $ printf 'let m = Bank.Account.deposit (Bank.Money.make 3) 4\nlet bad : int = m\n' > dn/bin/main.ml
  $ printf 'let stale = (\n' > dn/_build/default/main.ml
  $ cd dn && mlhint .
  File "bin/main.ml", line 2, characters 16-17:
  2 | let bad : int = m
                      ^
  Error: This expression has type Bank.Money.t
         but an expression was expected of type int
  [2]
