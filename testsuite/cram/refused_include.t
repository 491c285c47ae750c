A refused include is said once. The items after it in the structure see
the names it would have brought (as if the module were opened), and the
module is then a refused one: its uses are not errors again. (ocamlc
accepts this program; mlhint refuses the include, and only it.)

  $ cat > loud.ml <<'EOF'
  > module Loud = struct
  >   include Hashtbl
  >   let program () = length (create 1)
  > end
  > let count = Loud.program ()
  > let size = Loud.hash 3 + count
  > EOF
  $ mlhint loud.ml
  File "loud.ml", line 2, characters 2-17:
  2 |   include Hashtbl
        ^^^^^^^^^^^^^^^
  Error: Include statements of a module with module types inside are not supported by mlhint
  [2]

An include that fails for another reason (an unbound module) is OCaml's
error, once; the rest of the structure is checked.

  $ cat > nowhere.ml <<'EOF'
  > module S = struct
  >   include Nowhere
  >   let twice x = x * 2
  > end
  > let a = S.twice 3
  > EOF
  $ mlhint nowhere.ml
  File "nowhere.ml", line 2, characters 10-17:
  2 |   include Nowhere
                ^^^^^^^
  Error: Unbound module Nowhere
  [2]
