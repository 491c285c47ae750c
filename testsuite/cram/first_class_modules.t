First-class modules: each independent error is said once, as ocamlc says
it (each recorded from ocamlc on the lines it needs). An unpacking of an
expression that failed to type is abandoned without a word: not "This
expression is not a packed module. It has type _".

  $ cat > packs.ml <<'EOF'
  > module type S = sig val x : int end
  > let m = (module struct let x = 1 end : S)
  > let v = let module N = (val m 2) in N.x
  > let w : (module S) = (undefined_value : (module S))
  > let p = (module struct let x = true end : S)
  > EOF
  $ mlhint packs.ml
  File "packs.ml", line 3, characters 28-29:
  3 | let v = let module N = (val m 2) in N.x
                                  ^
  Error: This expression has type (module S)
         This is not a function; it cannot be applied.
  File "packs.ml", line 4, characters 22-37:
  4 | let w : (module S) = (undefined_value : (module S))
                            ^^^^^^^^^^^^^^^
  Error: Unbound value undefined_value
  File "packs.ml", line 5, characters 16-39:
  5 | let p = (module struct let x = true end : S)
                      ^^^^^^^^^^^^^^^^^^^^^^^
  Error: Signature mismatch:
         Modules do not match: sig val x : bool end is not included in S
         Values do not match: val x : bool is not included in val x : int
         File "packs.ml", line 1, characters 20-31: Expected declaration
         File "packs.ml", line 5, characters 27-28: Actual declaration
  [2]
