--format=short: one line per diagnostic and one per hint or note,
FILE:LINE:COLUMN counted from 1, where the range starts: OCaml's characters
20-21 start at column 21 (docs/json-format.md), the form Vim's and Emacs'
default error formats read.

  $ cat > a.ml <<'EOF'
  > let a = 2l
  > let _ = Int32.add a 3
  > let f = function 0 -> "zero"
  > EOF
  $ mlhint --format=short a.ml
  a.ml:2:21: error: This expression has type int but an expression was expected of type int32 [type-mismatch]
  a.ml:2:21: hint: Did you mean `3l'?
  a.ml:3:9: warning: this pattern-matching is not exhaustive. Here is an example of a case that is not matched: 1 [partial-match]
  [2]
  $ printf 'let total = (1 + 2\nlet next = 3\n' > u.ml
  $ mlhint --format=short u.ml
  u.ml:2:1: error: Syntax error: ')' expected [unclosed-delimiter]
  u.ml:1:13: note: This '(' might be unmatched
  [2]

--format=json prints one document on stdout.

  $ mlhint --format=json a.ml 2>/dev/null | grep -c '"code"'
  2
  $ mlhint --format=json a.ml 2>&1 >/dev/null
  [2]
