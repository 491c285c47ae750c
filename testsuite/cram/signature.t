-i prints each well-typed file's signature on stdout, as ocamlc -i does;
diagnostics still go to stderr.

  $ cat > a.ml <<'EOF'
  > type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
  > exception Empty
  > let rec size = function Leaf -> 0 | Node (l, _, r) -> size l + 1 + size r
  > let r = ref []
  > EOF
  $ mlhint -i a.ml
  type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
  exception Empty
  val size : 'a tree -> int
  val r : '_weak1 list ref
  $ mlhint -i a.ml 2>/dev/null
  type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
  exception Empty
  val size : 'a tree -> int
  val r : '_weak1 list ref

A file with an error prints no signature; the others still do.

  $ printf 'let x = 1 + "a"\n' > bad.ml
  $ printf 'let y = 2\n' > b.ml
  $ mlhint -i bad.ml b.ml
  File "bad.ml", line 1, characters 12-15:
  1 | let x = 1 + "a"
                  ^^^
  Error: This expression has type string but an expression was expected of type
           int
  val y : int
  [2]
  $ mlhint -i bad.ml b.ml 2>/dev/null
  val y : int
  [2]

Warnings are printed before the signature, as ocamlc -i prints them.

  $ printf 'let f = function 0 -> "zero"\n' > w.ml
  $ mlhint -i w.ml
  File "w.ml", line 1, characters 8-28:
  1 | let f = function 0 -> "zero"
              ^^^^^^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  val f : int -> string

Without -i, a weak type variable left in the interface is an error, as
with ocamlc -c; with -i it prints as '_weak1.

  $ printf 'let r = ref []\n' > weak.ml
  $ mlhint weak.ml
  File "weak.ml", line 1, characters 4-5:
  1 | let r = ref []
          ^
  Error: The type of this expression, '_weak1 list ref,
         contains type variables that cannot be generalized
  [2]
  $ mlhint -i weak.ml
  val r : '_weak1 list ref
