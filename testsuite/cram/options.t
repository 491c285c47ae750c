Usage errors: reported on stderr with exit status 2, never a crash.

  $ printf 'let x = 1\n' > ok.ml
  $ mlhint
  mlhint: no input file.
  Try 'mlhint --help' for more information.
  [2]
  $ mlhint -i
  mlhint: no input file.
  Try 'mlhint --help' for more information.
  [2]
  $ mlhint --frobnicate ok.ml
  mlhint: unknown option '--frobnicate'.
  Try 'mlhint --help' for more information.
  [2]
  $ mlhint -x ok.ml
  mlhint: unknown option '-x'.
  Try 'mlhint --help' for more information.
  [2]
  $ mlhint --format=xml ok.ml
  mlhint: unknown format 'xml' (expected human, short, json or sarif).
  Try 'mlhint --help' for more information.
  [2]
  $ mlhint --color=sometimes ok.ml
  mlhint: unknown colour setting 'sometimes' (expected auto, always or never).
  Try 'mlhint --help' for more information.
  [2]
  $ mlhint --max-errors=many ok.ml
  mlhint: --max-errors expects a number of errors (0 for all), not 'many'.
  Try 'mlhint --help' for more information.
  [2]
  $ mlhint -w +8.. ok.ml
  mlhint: Ill-formed list of warnings: '+8..'.
  Try 'mlhint --help' for more information.
  [2]
  $ mlhint -w
  mlhint: option '-w' needs an argument.
  Try 'mlhint --help' for more information.
  [2]
  $ mlhint expect
  mlhint: expect: no input file.
  Try 'mlhint --help' for more information.
  [2]

An unknown word is a file name: there is no such file.

  $ mlhint frobnicate
  File "frobnicate", line 1:
  Error: I/O error: frobnicate: No such file or directory
  [2]

--help and --version go to stdout and succeed.

  $ mlhint --help | head -n 1
  Usage: mlhint [options] FILE...
  $ mlhint --version | sed 's/[0-9][0-9.]*/N/'
  mlhint N (the core language of OCaml 4.13)
