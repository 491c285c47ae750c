-strict-sequence, as ocamlc spells it: the left-hand side of a sequence
must have type unit (OCaml's message, recorded with ocamlc -strict-sequence);
without it, warning 10. The last of -strict-sequence and -no-strict-sequence
wins.

  $ printf 'let f () = "a"; ()\n' > seq.ml
  $ mlhint -strict-sequence seq.ml
  File "seq.ml", line 1, characters 11-14:
  1 | let f () = "a"; ()
                 ^^^
  Error: This expression has type string but an expression was expected of type
           unit
         because it is in the left-hand side of a sequence
  [2]
  $ mlhint seq.ml
  File "seq.ml", line 1, characters 11-14:
  1 | let f () = "a"; ()
                 ^^^
  Warning 10 [non-unit-statement]: this expression should have type unit.
  $ mlhint -strict-sequence -no-strict-sequence seq.ml 2>&1 | grep -c 'Warning 10'
  1

Every error of the file is still reported: the statement's error does not
hide what follows it.

  $ printf 'let f () = "a"; 1 + "b"\nlet g () = while true do 0 done\n' > two.ml
  $ mlhint -strict-sequence --hints=none two.ml
  File "two.ml", line 1, characters 11-14:
  1 | let f () = "a"; 1 + "b"
                 ^^^
  Error: This expression has type string but an expression was expected of type
           unit
         because it is in the left-hand side of a sequence
  File "two.ml", line 1, characters 20-23:
  1 | let f () = "a"; 1 + "b"
                          ^^^
  Error: This expression has type string but an expression was expected of type
           int
  File "two.ml", line 2, characters 25-26:
  2 | let g () = while true do 0 done
                               ^
  Error: This expression has type int but an expression was expected of type
           unit
         because it is in the body of a while-loop
  [2]
