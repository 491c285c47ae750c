#!/bin/bash
# Checks that grammar.y's LALR automaton is OCaml's: the same states (by
# their kernels) and the same action on every terminal in every state as
# the automaton Menhir builds from OCaml 4.13's parsing/parser.mly.
#
#   parser/tools/check_automaton.sh PATH/TO/ocaml-4.13.1/parsing/parser.mly
#
# Needs bison and menhir (`apt-get install menhir`); a development check,
# not part of the build.
set -euo pipefail
mly=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$mly" "$tmp/parser.mly"
(cd "$tmp" && menhir --lalr --dump -lg 1 -la 1 --unused-token COMMENT --unused-token DOCSTRING \
   --unused-token EOL --unused-token GREATERRBRACKET parser.mly > /dev/null 2>&1 || true)
# Without default reductions, so that every reduction lists its lookaheads.
sed 's/^%define lr.default-reduction consistent/%define lr.default-reduction accepting/' \
  "$here/../grammar.y" > "$tmp/grammar.y"
bison -Wno-precedence --report=itemset,lookaheads -o "$tmp/grammar.cpp" "$tmp/grammar.y"
python3 "$here/compare_automata.py" "$tmp/parser.automaton" "$tmp/grammar.output"
