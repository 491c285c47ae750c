--color: OCaml's styles (bold location, red Error, magenta Warning, blue
Hint). auto colours only a terminal; here the output is a pipe.

  $ cat > a.ml <<'EOF'
  > let a = 2l
  > let _ = Int32.add a 3
  > let f = function 0 -> "zero"
  > EOF
  $ mlhint --color=always a.ml
  \x1b[1mFile "a.ml", line 2, characters 20-21\x1b[0m: (esc)
  2 | let _ = Int32.add a 3
                          \x1b[1;31m^\x1b[0m (esc)
  \x1b[1;31mError\x1b[0m: This expression has type int but an expression was expected of type (esc)
           int32
    \x1b[1;34mHint: Did you mean `3l'?\x1b[0m (esc)
  \x1b[1mFile "a.ml", line 3, characters 8-28\x1b[0m: (esc)
  3 | let f = function 0 -> "zero"
              \x1b[1;35m^^^^^^^^^^^^^^^^^^^^\x1b[0m (esc)
  \x1b[1;35mWarning\x1b[0m 8 [partial-match]: this pattern-matching is not exhaustive. (esc)
  Here is an example of a case that is not matched:
  1
  [2]
  $ mlhint --color=never a.ml
  File "a.ml", line 2, characters 20-21:
  2 | let _ = Int32.add a 3
                          ^
  Error: This expression has type int but an expression was expected of type
           int32
    Hint: Did you mean `3l'?
  File "a.ml", line 3, characters 8-28:
  3 | let f = function 0 -> "zero"
              ^^^^^^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  [2]
  $ mlhint --color=auto a.ml 2>&1 | tr -d -c '\033' | wc -c
  0
  $ mlhint a.ml 2>&1 | tr -d -c '\033' | wc -c
  0

NO_COLOR turns auto off, never an explicit --color=always.

  $ NO_COLOR=1 mlhint --color=always a.ml 2>&1 | head -n 1
  \x1b[1mFile "a.ml", line 2, characters 20-21\x1b[0m: (esc)
  $ NO_COLOR=1 mlhint a.ml 2>&1 | tr -d -c '\033' | wc -c
  0

Only the human form is ever coloured.

  $ mlhint --color=always --format=short a.ml
  a.ml:2:21: error: This expression has type int but an expression was expected of type int32 [type-mismatch]
  a.ml:2:21: hint: Did you mean `3l'?
  a.ml:3:9: warning: this pattern-matching is not exhaustive. Here is an example of a case that is not matched: 1 [partial-match]
  [2]
