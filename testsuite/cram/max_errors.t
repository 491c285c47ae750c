By default every independent error of a file is reported (one per
top-level item at most); --max-errors=1 stops at the first, as ocamlc does.

  $ cat > errors.ml <<'EOF'
  > let a = 1 + "one"
  > let b = undefined
  > let c = a + 1
  > let d = (1 : string)
  > EOF
  $ mlhint errors.ml
  File "errors.ml", line 1, characters 12-17:
  1 | let a = 1 + "one"
                  ^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  File "errors.ml", line 2, characters 8-17:
  2 | let b = undefined
              ^^^^^^^^^
  Error: Unbound value undefined
  File "errors.ml", line 4, characters 9-10:
  4 | let d = (1 : string)
               ^
  Error: This expression has type int but an expression was expected of type
           string
  [2]
  $ mlhint --max-errors=1 errors.ml
  File "errors.ml", line 1, characters 12-17:
  1 | let a = 1 + "one"
                  ^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]
  $ mlhint --max-errors=2 errors.ml 2>&1 | grep -c '^Error'
  2

0 means no limit.

  $ mlhint --max-errors=0 errors.ml 2>&1 | grep -c '^Error'
  3

The limit is per file.

  $ cp errors.ml more.ml
  $ mlhint --max-errors=1 errors.ml more.ml 2>&1 | grep '^File'
  File "errors.ml", line 1, characters 12-17:
  File "more.ml", line 1, characters 12-17:

The warnings of a match (8, 11) or a let (8, 39) in which an error was
reported are cascades of it: ocamlc, stopped at the error, never prints
them, and by default mlhint does not either. Other items keep theirs.

  $ cat > cascade.ml <<'EOF'
  > let f l = match l with
  >   | [] -> 0
  >   | _ -> 1
  >   | [x] -> x + "a"
  > let g o = match o with Some x -> x
  > EOF
  $ mlhint --hints=none cascade.ml
  File "cascade.ml", line 4, characters 15-18:
  4 |   | [x] -> x + "a"
                     ^^^
  Error: This expression has type string but an expression was expected of type
           int
  File "cascade.ml", line 5, characters 10-34:
  5 | let g o = match o with Some x -> x
                ^^^^^^^^^^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  None
  [2]
