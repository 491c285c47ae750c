Exit statuses (CLI.md): 0 when no file has an error, warnings allowed; 2
when any file has an error, as ocamlc. Every file given is checked even when
an earlier one fails.

  $ cat > ok.ml <<'EOF'
  > let x = 1
  > EOF
  $ cat > warns.ml <<'EOF'
  > let f = function 0 -> "zero"
  > EOF
  $ cat > bad.ml <<'EOF'
  > let y = 1 + "one"
  > EOF

A correct file prints nothing.

  $ mlhint ok.ml

A warning is printed on stderr and is not an error.

  $ mlhint warns.ml
  File "warns.ml", line 1, characters 8-28:
  1 | let f = function 0 -> "zero"
              ^^^^^^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  $ mlhint bad.ml
  File "bad.ml", line 1, characters 12-17:
  1 | let y = 1 + "one"
                  ^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]
  $ mlhint bad.ml ok.ml warns.ml
  File "bad.ml", line 1, characters 12-17:
  1 | let y = 1 + "one"
                  ^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  File "warns.ml", line 1, characters 8-28:
  1 | let f = function 0 -> "zero"
              ^^^^^^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  [2]
  $ mlhint ok.ml ok.ml

Diagnostics go to stderr, nothing to stdout.

  $ mlhint bad.ml warns.ml 2>/dev/null
  [2]

A warning made an error with -w @N makes the exit status 2, and is printed
as an error.

  $ mlhint -w @8 warns.ml
  File "warns.ml", line 1, characters 8-28:
  1 | let f = function 0 -> "zero"
              ^^^^^^^^^^^^^^^^^^^^
  Error (warning 8 [partial-match]): this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  [2]
