The (* TEST *) header of OCaml's own expect tests, in ocamltest's language:
`flags = "..."` and `flags += "..."`, the tree of tests (`* expect`,
`** expect` under a condition), comments. `-w` and `-warn-error` are
honoured; the blocks below are what OCaml 4.13.1's expect tool prints with
these flags.

  $ cat > warnings.ml <<'EOF'
  > (* TEST
  >    flags = " -w +A "
  >    flags += "-warn-error +8+27" (* both are errors *)
  >    * expect
  > *)
  > let f x = 0
  > [%%expect{|
  > Line 1, characters 6-7:
  > 1 | let f x = 0
  >           ^
  > Error (warning 27 [unused-var-strict]): unused variable x.
  > |}];;
  > 
  > let g = function 0 -> 1
  > [%%expect{|
  > Line 1, characters 8-23:
  > 1 | let g = function 0 -> 1
  >             ^^^^^^^^^^^^^^^
  > Error (warning 8 [partial-match]): this pattern-matching is not exhaustive.
  > Here is an example of a case that is not matched:
  > 1
  > |}];;
  > 
  > let h = g 0
  > [%%expect{|
  > Line 1, characters 8-9:
  > 1 | let h = g 0
  >             ^
  > Error: Unbound value g
  > |}]
  > EOF
  $ mlhint expect warnings.ml

mlhint's own form, `flags: ...` on a line, still reads, and may sit beside
ocamltest's lines; a test under a condition that a default OCaml meets
runs.

  $ cat > mixed.ml <<'EOF'
  > (* TEST
  >    flags: -w @27
  >    * flat-float-array
  >    ** expect
  > *)
  > let f x = 0
  > [%%expect{|
  > Line 1, characters 6-7:
  > 1 | let f x = 0
  >           ^
  > Error (warning 27 [unused-var-strict]): unused variable x.
  > |}]
  > EOF
  $ mlhint expect mixed.ml

A file whose header asks for what mlhint does not do is not checked: one
line says why, the exit status is 0 (as ocamltest skips a test), and the
file is left as it is, with no FILE.corrected.

  $ header() { printf '(* TEST\n%s\n*)\ntype t = int\n[%%%%expect{|\n|}]\n' "$1" > "$2"; }
  $ header '   flags = "-dsource"
  >    * expect' dsource.ml
  $ header '   flags = "-drawlambda -dlambda"
  >    * expect' lambda.ml
  $ header '   flags = "-I ${ocamlsrcdir}/typing \
  >     -I ${ocamlsrcdir}/parsing"
  >    * expect' include.ml
  $ header '   * expect
  >    flags = "-nostdlib -nopervasives"' nostdlib.ml
  $ header '   flags = "-principal"' principal.ml
  $ header '   flags = "-rectypes"' rectypes.ml
  $ header '   include ocamlcommon
  >    * expect' library.ml
  $ header '   modules = "a.ml"
  >    * expect' modules.ml
  $ header '   * toplevel' toplevel.ml
  $ header '   * no-flat-float-array
  >    ** expect' float.ml
  $ for f in dsource lambda include nostdlib principal rectypes library modules toplevel float; do
  >   cp $f.ml $f.orig
  >   mlhint expect --promote $f.ml
  >   echo "exit $?"
  >   cmp $f.ml $f.orig
  > done
  mlhint: dsource.ml: skipped: -dsource asks for one of the compiler's intermediate forms, which mlhint does not produce
  exit 0
  mlhint: lambda.ml: skipped: -drawlambda asks for one of the compiler's intermediate forms, which mlhint does not produce
  exit 0
  mlhint: include.ml: skipped: -I is not supported: mlhint reads no compiled interface
  exit 0
  mlhint: nostdlib.ml: skipped: -nostdlib is not supported: mlhint always starts from the standard library's environment
  exit 0
  mlhint: principal.ml: skipped: -principal is not supported by mlhint (it types as ocamlc does by default)
  exit 0
  mlhint: rectypes.ml: skipped: -rectypes (recursive types) is not supported by mlhint
  exit 0
  mlhint: library.ml: skipped: the test needs the library ocamlcommon, which mlhint does not read
  exit 0
  mlhint: modules.ml: skipped: the header sets 'modules', which mlhint does not do
  exit 0
  mlhint: toplevel.ml: skipped: the test runs 'toplevel', which mlhint does not (it runs expect tests only)
  exit 0
  mlhint: float.ml: skipped: the test runs only on an OCaml without flat float arrays
  exit 0
  $ ls | grep -c corrected
  0
  [1]

A header that does not read is an error (exit status 2), as before:

  $ header '   flags = -w +A' unquoted.ml
  $ mlhint expect unquoted.ml
  mlhint: unquoted.ml: malformed line in the (* TEST *) header: flags = -w +A
  [2]
  $ header '   flags = "-w"' noarg.ml
  $ mlhint expect noarg.ml
  mlhint: noarg.ml: flag -w needs an argument in the (* TEST *) header
  [2]
  $ header '   flags: -w +A
  >    * expect
  >    flags: --frobnicate' unknown.ml
  $ mlhint expect unknown.ml
  mlhint: unknown.ml: unknown flag '--frobnicate' in the (* TEST *) header
  [2]
