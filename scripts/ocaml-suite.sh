#!/bin/sh
# Runs every expect test of OCaml 4.13.1's own test suite through
# `mlhint expect --hints=ocaml` (never --promote) and prints, per folder,
# how many blocks mlhint supports and how many of those it prints exactly
# as OCaml's file records them (values aside: mlhint evaluates nothing,
# docs/expect.md), then the blocks that differ.
#
# A block is supported when its chunk shows no construct mlhint refuses and
# does not depend on a refused chunk. mlhint checks a refused chunk only up
# to the item that holds the refused construct, so what that item and the
# ones after it define is missing, or is an older definition of the name.
# A later chunk depends on it when it
#   - uses a name that a defining keyword of the refused part introduces
#     (`let f`, `type 'a t`, `and u`, `exception E`, `module M`, `class c`,
#     `external f`, `val x`): an identifier not qualified by a module path,
#     elsewhere than where its own defining keyword introduces it (a chunk
#     that defines the name again makes it its own for the chunks after);
#   - shows an Unbound error on a name the refused chunk mentions, or on any
#     name once a refused part opens or includes a module (its names are
#     not written).
#
#   scripts/ocaml-suite.sh [MLHINT] [TARBALL]
#
# With MISMATCHES=DIR set, the diff of each file with a mismatch is kept in
# DIR (to study them by category).
# MLHINT defaults to build/mlhint, TARBALL to the one of Debian's
# ocaml-source package (/usr/src/ocaml-source-4.13.1.tar*). The tarball is
# extracted to a temporary directory, removed at the end; OCaml's files are
# never copied into the project. This is a report, not a test: the project
# never needs OCaml to build or pass its tests.
#
# A file whose header asks for what mlhint does not do (another test than
# expect, a flag it cannot honour) is skipped, and counted as such. Any
# other exit status than 0 (all blocks match) or 1 (a mismatch) is a
# failure of mlhint on that file, and is listed at the end.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
mlhint=${1:-$here/build/mlhint}
tarball=${2:-}
if [ -z "$tarball" ]; then
  for t in /usr/src/ocaml-source-4.13.1.tar /usr/src/ocaml-source-4.13.1.tar.xz /usr/src/ocaml-source-4.13.1.tar.gz; do
    [ -e "$t" ] && tarball=$t && break
  done
fi
if [ ! -x "$mlhint" ]; then
  echo "ocaml-suite.sh: no mlhint at $mlhint (build it, or name it)" >&2
  exit 2
fi
if [ -z "$tarball" ] || [ ! -e "$tarball" ]; then
  echo "ocaml-suite.sh: no OCaml 4.13.1 source tarball (apt-get install ocaml-source, or name it)" >&2
  exit 2
fi
mlhint=$(cd "$(dirname "$mlhint")" && pwd)/$(basename "$mlhint")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
# Debian's tarball holds another tarball of the sources.
tar -xf "$tarball" -C "$work"
inner=$(find "$work" -maxdepth 3 \( -name 'ocaml-4.13.1.tar*' -o -name 'ocaml_4.13.1.orig.tar*' \) | head -n 1)
if [ -n "$inner" ]; then
  mkdir "$work/src"
  tar -xf "$inner" -C "$work/src"
fi
tests=$(find "$work" -type d -path '*/testsuite/tests' | head -n 1)
if [ -z "$tests" ]; then
  echo "ocaml-suite.sh: no testsuite/tests in $tarball" >&2
  exit 2
fi

# The expect tests: a `* expect` line (at any depth) in the TEST header.
cd "$tests"
find . -name '*.ml' | sort | while read -r f; do
  if sed -n '1,/\*)/p' "$f" | grep -q '^[[:space:]]*\*\+[[:space:]]*expect\([[:space:]]\|$\)'; then
    echo "$f"
  fi
done > "$work/files"

: > "$work/results"
: > "$work/mismatches"
while read -r f; do
  dir=$(dirname "$f" | sed 's|^\./||')
  status=0
  MLHINT_EXPECT_SUMMARY=1 "$mlhint" expect --hints=ocaml "$f" > "$work/diff" 2> "$work/err" || status=$?
  summary=$(grep '^mlhint: summary: ' "$work/err" | sed 's/.*: \([0-9]*\) blocks, \([0-9]*\) supported, \([0-9]*\) match$/\1 \2 \3/' || true)
  if grep -q ': skipped: ' "$work/err"; then
    printf '%s\tskip\t0 0 0\t%s\t%s\n' "$dir" "$f" "$(sed -n 's/.*: skipped: //p' "$work/err" | head -n 1)" >> "$work/results"
  elif [ "$status" -le 1 ] && [ -n "$summary" ]; then
    printf '%s\tok\t%s\t%s\t\n' "$dir" "$summary" "$f" >> "$work/results"
    sed -n 's/^mlhint: mismatch: //p' "$work/err" >> "$work/mismatches"
    if [ -n "${MISMATCHES:-}" ] && [ -s "$work/diff" ]; then
      mkdir -p "$MISMATCHES"
      cp "$work/diff" "$MISMATCHES/$(echo "$f" | sed 's|^\./||; s|/|_|g').diff"
    fi
  else
    printf '%s\tfail\t0 0 0\t%s\tstatus %s: %s\n' "$dir" "$f" "$status" "$(grep -v '^mlhint: \(summary\|mismatch\): ' "$work/err" | head -n 1)" >> "$work/results"
  fi
  rm -f "$f.corrected"
done < "$work/files"

awk -F '\t' '
  { dir = $1; files[dir]++; if (!(dir in order)) { order[dir] = ++n; names[n] = dir } }
  $2 == "skip" { skipped[dir]++; if (!($5 in why)) reasons[++nr] = $5; why[$5]++ }
  $2 == "fail" { failed[dir]++; fails[++nf] = $4 ": " $5 }
  $2 == "ok" { split($3, c, " "); blocks[dir] += c[1]; supported[dir] += c[2]; matched[dir] += c[3] }
  END {
    printf "%-32s %5s %5s %5s %7s %9s %6s %6s\n", "folder", "files", "skip", "fail", "blocks", "supported", "match", "%"
    for (i = 1; i <= n; i++) {
      d = names[i]
      pct = supported[d] ? sprintf("%.1f", 100 * matched[d] / supported[d]) : "-"
      printf "%-32s %5d %5d %5d %7d %9d %6d %6s\n", d, files[d], skipped[d], failed[d], blocks[d], supported[d], matched[d], pct
      tf += files[d]; ts += skipped[d]; tfl += failed[d]; tb += blocks[d]; tsu += supported[d]; tm += matched[d]
    }
    pct = tsu ? sprintf("%.1f", 100 * tm / tsu) : "-"
    printf "%-32s %5d %5d %5d %7d %9d %6d %6s\n", "total", tf, ts, tfl, tb, tsu, tm, pct
    for (i = 1; i <= nr; i++) printf "skipped (%d): %s\n", why[reasons[i]], reasons[i]
    for (i = 1; i <= nf; i++) print "failed: " fails[i]
  }' "$work/results"
sed 's/^\.\///; s/^/differs: /' "$work/mismatches"
