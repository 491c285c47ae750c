Files that cannot be read are reported as ocamlc reports them (exit status
2), and the other files are still checked.

  $ printf 'let f = function 0 -> 1\n' > w.ml
  $ mlhint missing.ml
  File "missing.ml", line 1:
  Error: I/O error: missing.ml: No such file or directory
  [2]
  $ mlhint missing.ml w.ml
  File "missing.ml", line 1:
  Error: I/O error: missing.ml: No such file or directory
  File "w.ml", line 1, characters 8-23:
  1 | let f = function 0 -> 1
              ^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  [2]
  $ mkdir dir.ml
  $ mlhint dir.ml
  File "dir.ml", line 1:
  Error: I/O error: dir.ml: Is a directory
  [2]
  $ mlhint -i missing.ml
  File "missing.ml", line 1:
  Error: I/O error: missing.ml: No such file or directory
  [2]
