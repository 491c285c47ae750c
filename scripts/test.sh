#!/usr/bin/env bash
# Installs what is missing, checks the C++ files' format (clang-format-14),
# then builds and runs the whole test suite twice:
# a normal build (build/) and an AddressSanitizer + UBSan build
# (build-asan/), then runs each fuzz target briefly (build-fuzz/, clang).
# Warnings are errors in all three.
set -euo pipefail
MLHINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$MLHINT_ROOT/scripts/deps.sh"

mlhint_install_deps
mlhint_install_lsp_clients
mlhint_install_fuzz_deps  # clang and libFuzzer, for the fuzz targets run last
mlhint_install_style_deps # clang-format-14, for the style check run first
jobs=$(nproc 2>/dev/null || echo 2)

# The style first: every C++ file of the project matches .clang-format (the
# `format-check` target's script; `cmake --build build --target format`
# rewrites them).
echo "== format-check (clang-format-14)"
cmake -DSOURCE_DIR="$MLHINT_ROOT" -DCLANG_FORMAT=clang-format-14 -DMODE=check -P "$MLHINT_ROOT/cmake/FormatCheck.cmake"

# The language server's Node client test needs its npm packages, pinned by
# testsuite/lsp/node/package-lock.json; this is the only download, and the
# tests then run without network. In this script a missing LSP client is a
# failure, not a skipped test.
echo "== npm ci (testsuite/lsp/node)"
npm ci --prefix "$MLHINT_ROOT/testsuite/lsp/node" --no-audit --no-fund --loglevel=error
export MLHINT_REQUIRE_LSP_CLIENTS=1

# Release, as scripts/setup.sh builds it (the same directory): what users run
# and the benchmarks measure is what is tested.
echo "== build/ (Release)"
mlhint_build build -DCMAKE_BUILD_TYPE=Release -DMLHINT_WERROR=ON
ctest --test-dir "$MLHINT_ROOT/build" --output-on-failure -j "$jobs"

echo "== build-asan/ (AddressSanitizer + UndefinedBehaviorSanitizer)"
mlhint_build build-asan -DMLHINT_WERROR=ON -DMLHINT_SANITIZE=ON -DMLHINT_BUILD_BENCH=OFF
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$MLHINT_ROOT/build-asan" --output-on-failure -j "$jobs"

# Every libFuzzer target of fuzz/ for a short while (build-fuzz/, clang):
# any crash, leak, UB report, input slower than 10 s or larger than 2 GB
# fails the run. MLHINT_FUZZ_SECONDS changes the time per target. The
# mutations come from a fixed seed (MLHINT_FUZZ_SEED, 1 unless set), so
# that a run's findings can be replayed; long runs by hand leave it unset.
echo "== build-fuzz/ (libFuzzer targets, ${MLHINT_FUZZ_SECONDS:-50} s each, seed ${MLHINT_FUZZ_SEED:-1})"
MLHINT_FUZZ_SEED="${MLHINT_FUZZ_SEED:-1}" "$MLHINT_ROOT/scripts/fuzz.sh" all "${MLHINT_FUZZ_SECONDS:-50}"
echo "== all tests passed"
