-w takes OCaml's warning specifications.

  $ cat > w.ml <<'EOF'
  > let f x z = let y = 1 in function 0 -> x
  > EOF

By default: 8 and 26, not 27.

  $ mlhint w.ml
  File "w.ml", line 1, characters 25-40:
  1 | let f x z = let y = 1 in function 0 -> x
                               ^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  File "w.ml", line 1, characters 16-17:
  1 | let f x z = let y = 1 in function 0 -> x
                      ^
  Warning 26 [unused-var]: unused variable y.

-w -8 turns 8 off, +27 turns 27 on; several -w accumulate.

  $ mlhint -w -8 w.ml
  File "w.ml", line 1, characters 16-17:
  1 | let f x z = let y = 1 in function 0 -> x
                      ^
  Warning 26 [unused-var]: unused variable y.
  $ mlhint -w -8 -w +27 w.ml
  File "w.ml", line 1, characters 8-9:
  1 | let f x z = let y = 1 in function 0 -> x
              ^
  Warning 27 [unused-var-strict]: unused variable z.
  File "w.ml", line 1, characters 16-17:
  1 | let f x z = let y = 1 in function 0 -> x
                      ^
  Warning 26 [unused-var]: unused variable y.
  $ mlhint -w -a w.ml

@8 makes 8 an error: exit status 2.

  $ mlhint -w @8 -w -26 w.ml
  File "w.ml", line 1, characters 25-40:
  1 | let f x z = let y = 1 in function 0 -> x
                               ^^^^^^^^^^^^^^^
  Error (warning 8 [partial-match]): this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  [2]

Warning 32 (an unused value) is one the toplevel never gives, so no expect
test can show it: a value hidden by a later one of the same name, which
nothing used.

  $ printf 'let x = 1\nlet x = 2\n' > shadow.ml
  $ mlhint -w +32 shadow.ml
  File "shadow.ml", line 1, characters 4-5:
  1 | let x = 1
          ^
  Warning 32 [unused-value-declaration]: unused value x.
  $ mlhint -w +32 -i shadow.ml
  val x : int

A -w list with a run of unsigned letters still applies them (lower case
disables), but ocamlc warns that it is deprecated, before checking; with
five letters or more it suspects a misspelt mnemonic name.

  $ printf 'let f x = match x with 0 -> 1\n' > partial.ml
  $ mlhint -w foo -i partial.ml
  File "_none_", line 1:
  Alert ocaml_deprecated_cli: Setting a warning with a sequence of lowercase or uppercase letters,
  like 'foo', is deprecated.
  Use the equivalent signed form: -f-o-o.
  Hint: Enabling or disabling a warning by its mnemonic name requires a + or - prefix.
  File "partial.ml", line 1, characters 10-29:
  1 | let f x = match x with 0 -> 1
                ^^^^^^^^^^^^^^^^^^^
  Warning 8 [partial-match]: this pattern-matching is not exhaustive.
  Here is an example of a case that is not matched:
  1
  val f : int -> int
  $ mlhint -w +a-partialmatch -i partial.ml
  File "_none_", line 1:
  Alert ocaml_deprecated_cli: Setting a warning with a sequence of lowercase or uppercase letters,
  like 'artialmatch', is deprecated.
  Use the equivalent signed form: +a-p-a-r-t-i-a-l-m-a-t-c-h.
  Hint: Enabling or disabling a warning by its mnemonic name requires a + or - prefix.
  Hint: Did you make a spelling mistake when using a mnemonic name?
  val f : int -> int

Unused functor parameters (60, and 67 in a functor type) are delayed checks,
registered as the parameter is bound: said after warning 70, and before the
body's own (as ocamlc -w +A -c prints them).

  $ cat > f.ml <<'EOF'
  > module F (X : sig end) = struct let y = let z = 1 in 2 end
  > module type T = functor (Y : sig end) -> sig end
  > EOF
  $ mlhint -w +A f.ml
  File "f.ml", line 1:
  Warning 70 [missing-mli]: Cannot find interface file.
  File "f.ml", line 1, characters 10-11:
  1 | module F (X : sig end) = struct let y = let z = 1 in 2 end
                ^
  Warning 60 [unused-module]: unused module X.
  File "f.ml", line 1, characters 44-45:
  1 | module F (X : sig end) = struct let y = let z = 1 in 2 end
                                                  ^
  Warning 26 [unused-var]: unused variable z.
  File "f.ml", line 2, characters 25-26:
  2 | module type T = functor (Y : sig end) -> sig end
                               ^
  Warning 67 [unused-functor-parameter]: unused functor parameter Y.

Warning 32 for the values of a structure: a top-level one that a later one
of the same name hides (the names of a submodule are its own), and any
value of a local module (let module, let open struct) that nothing uses.

  $ cat > v.ml <<'EOF'
  > let a = 1
  > module N = struct let a = 2 end
  > let x = let module M = struct let a = 1 let rec f y = f y let b = 2 let b = 3 end in M.b
  > let y = let open struct let q = 1 let r = 2 end in r
  > EOF
  $ mlhint -w +32 v.ml
  File "v.ml", line 3, characters 34-35:
  3 | let x = let module M = struct let a = 1 let rec f y = f y let b = 2 let b = 3 end in M.b
                                        ^
  Warning 32 [unused-value-declaration]: unused value a.
  File "v.ml", line 3, characters 48-49:
  3 | let x = let module M = struct let a = 1 let rec f y = f y let b = 2 let b = 3 end in M.b
                                                      ^
  Warning 32 [unused-value-declaration]: unused value f.
  File "v.ml", line 3, characters 62-63:
  3 | let x = let module M = struct let a = 1 let rec f y = f y let b = 2 let b = 3 end in M.b
                                                                    ^
  Warning 32 [unused-value-declaration]: unused value b.
  File "v.ml", line 4, characters 28-29:
  4 | let y = let open struct let q = 1 let r = 2 end in r
                                  ^
  Warning 32 [unused-value-declaration]: unused value q.
