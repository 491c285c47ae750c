#!/usr/bin/env bash
# Installs what is missing, builds build/mlhint, and runs it on the bundled
# examples (which are meant to show diagnostics, so their own exit status
# is not a failure; a crash is).
set -euo pipefail
MLHINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$MLHINT_ROOT/scripts/deps.sh"

mlhint_install_deps
mlhint_build build -DCMAKE_BUILD_TYPE=Release

cd "$MLHINT_ROOT/examples"
for f in *.ml; do
  printf '\n\033[1m$ mlhint %s\033[0m\n' "$f"
  status=0
  "$MLHINT_ROOT/build/mlhint" "$f" || status=$?
  if [ "$status" -gt 2 ]; then
    echo "mlhint: unexpected exit status $status on examples/$f" >&2
    exit 1
  fi
done
printf '\nbuild/mlhint is ready: build/mlhint FILE.ml (see README.md).\n'
