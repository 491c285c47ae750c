#!/usr/bin/env bash
# Runs one real-client test of `mlhint lsp` (a CTest test):
#   run_client_test.sh neovim|node MLHINT_BINARY THIS_DIRECTORY
# Exits 77 (CTest: skipped) when the client is not installed, unless
# MLHINT_REQUIRE_LSP_CLIENTS=1, where that is a failure. Needs no network:
# the Node packages come from `npm ci` in node/ (scripts/test.sh runs it).
set -euo pipefail
client=$1
mlhint=$2
dir=$3

unavailable() {
  if [ "${MLHINT_REQUIRE_LSP_CLIENTS:-0}" = 1 ]; then
    echo "FAILED: $1" >&2
    exit 1
  fi
  echo "skipped: $1" >&2
  exit 77
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $client in
  neovim)
    command -v nvim >/dev/null 2>&1 || unavailable "nvim is not installed (scripts/deps.sh installs Debian's neovim)"
    # A private HOME and XDG directories: no user configuration, no state left behind.
    HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state \
      XDG_CACHE_HOME=$work/cache MLHINT=$mlhint WORK=$work \
      nvim --headless --clean -n -i NONE -c "luafile $dir/neovim_test.lua" </dev/null
    ;;
  node)
    command -v node >/dev/null 2>&1 || unavailable "node is not installed (scripts/deps.sh installs nodejs)"
    [ -d "$dir/node/node_modules/vscode-languageserver-protocol" ] ||
      unavailable "the Node packages are not installed (run: npm ci --prefix $dir/node)"
    node "$dir/node/client_test.mjs" "$mlhint" "$work"
    ;;
  *)
    echo "usage: $0 neovim|node MLHINT_BINARY DIRECTORY" >&2
    exit 2
    ;;
esac
