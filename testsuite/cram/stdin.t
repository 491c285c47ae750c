`mlhint -` reads the program from stdin and names it _none_, as OCaml
names it.

  $ printf 'let x = 1 + "a"\n' | mlhint -
  File "_none_", line 1, characters 12-15:
  1 | let x = 1 + "a"
                  ^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]
  $ printf 'let x = 1\ntype t = A | B\n' | mlhint -i -
  val x : int
  type t = A | B
  $ printf 'let f = function 0 -> 1\n' > w.ml
  $ mlhint - < w.ml
  File "_none_", line 1, characters 8-23:
  1 | let f = function 0 -> 1
              ^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1

stdin and files together, in the order given.

  $ printf 'let x = 1\n' > ok.ml
  $ printf 'let y = "a" ^ 1\n' | mlhint ok.ml - w.ml
  File "_none_", line 1, characters 14-15:
  1 | let y = "a" ^ 1
                    ^
  Error: This expression has type int but an expression was expected of type
           string
  File "w.ml", line 1, characters 8-23:
  1 | let f = function 0 -> 1
              ^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  [2]

An empty program is a correct one.

  $ mlhint - < /dev/null
  $ mlhint -i - < /dev/null
  
