#!/usr/bin/env bash
# scripts/fuzz.sh TARGET SECONDS: builds the libFuzzer targets of fuzz/ into
# build-fuzz/ (clang, -DMLHINT_FUZZ=ON: ASan + UBSan + coverage) when needed,
# and runs TARGET for SECONDS with its seed corpus and dictionary.
# TARGET is one of lex, parse, check, expect, lsp, generator, or `all`
# (each in turn, SECONDS each).
#
# Fails (exit 1) on any finding: a crash, an invariant a target checks, a
# leak, a UBSan report (UBSAN_OPTIONS=halt_on_error=1), an input that takes
# more than 10 s (-timeout=10) or more than 2 GB (-rss_limit_mb=2048). The
# input is saved under build-fuzz/findings/TARGET/ and run once more, so that
# the report is printed in full; reproduce with
#   build-fuzz/fuzz/TARGET_fuzzer build-fuzz/findings/TARGET/crash-...
#
# The corpus a target grows is kept in build-fuzz/corpus/TARGET/ from one
# run to the next; the seeds are copied afresh from testsuite/ each run.
# MLHINT_FUZZ_BUILD=DIR builds and runs in DIR instead of build-fuzz/.
# MLHINT_FUZZ_SEED=N gives libFuzzer -seed=N, so that a run makes the same
# mutations as another from the same corpus (CI sets it: a finding there
# can be replayed); unset, each run draws its own seed (long runs, which
# should explore).
set -euo pipefail
MLHINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$MLHINT_ROOT/scripts/deps.sh"

TARGETS=(lex parse check expect lsp generator)

usage() {
  echo "usage: scripts/fuzz.sh TARGET SECONDS   (TARGET: ${TARGETS[*]} or all)" >&2
  exit 2
}
[ $# -eq 2 ] || usage
target=$1
seconds=$2
[[ "$seconds" =~ ^[0-9]+$ ]] || usage
if [ "$target" != all ] && [[ ! " ${TARGETS[*]} " =~ " $target " ]]; then usage; fi

build=${MLHINT_FUZZ_BUILD:-$MLHINT_ROOT/build-fuzz}
mlhint_install_fuzz_deps
compiler=clang++-14
command -v "$compiler" >/dev/null 2>&1 || compiler=clang++

echo "== build-fuzz/ (clang, libFuzzer, ASan + UBSan)" >&2
cmake -S "$MLHINT_ROOT" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMLHINT_FUZZ=ON -DMLHINT_WERROR=ON -DMLHINT_BUILD_TESTS=OFF -DMLHINT_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target fuzzers

# seeds TARGET DIR: the testsuite's files that seed TARGET, copied into DIR.
seeds() {
  local name=$1 dir=$2
  rm -rf "$dir"
  mkdir -p "$dir"
  case "$name" in
    expect) find "$MLHINT_ROOT/testsuite/expect" -name '*.ml' -exec cp -t "$dir" {} + ;;
    *)
      # Every program of the test suite (same-named files in different
      # folders are kept apart by their path). For the generator, whose
      # input is a sequence of choices, they are varied bytes of varied
      # lengths to start from.
      (cd "$MLHINT_ROOT/testsuite" && find . -name '*.ml' -print0) |
        while IFS= read -r -d '' f; do
          local flat=${f#./}
          cp "$MLHINT_ROOT/testsuite/$f" "$dir/${flat//\//__}"
        done
      ;;
  esac
}

# run TARGET SECONDS: one fuzzing run; returns non-zero on a finding.
run() {
  local name=$1 secs=$2
  local binary="$build/fuzz/${name}_fuzzer"
  local corpus="$build/corpus/$name" seed_dir="$build/seeds/$name" findings="$build/findings/$name"
  mkdir -p "$corpus" "$findings"
  seeds "$name" "$seed_dir"
  local dict="$MLHINT_ROOT/fuzz/ocaml.dict"
  local extra=()
  if [ "$name" = lsp ]; then
    mkdir -p "$build/dicts"
    cat "$MLHINT_ROOT/fuzz/ocaml.dict" "$MLHINT_ROOT/fuzz/lsp.dict" >"$build/dicts/lsp.dict"
    dict="$build/dicts/lsp.dict"
    extra+=(-close_fd_mask=2)  # the server's log lines; the reports still show
  fi
  local max_len=32768
  if [ -n "${MLHINT_FUZZ_SEED:-}" ]; then
    [[ "$MLHINT_FUZZ_SEED" =~ ^[0-9]+$ ]] || { echo "MLHINT_FUZZ_SEED must be a number" >&2; exit 2; }
    extra+=(-seed="$MLHINT_FUZZ_SEED")
  fi
  [ "$name" = generator ] && max_len=4096
  echo "== fuzz $name for ${secs}s (findings: ${findings#"$MLHINT_ROOT"/})" >&2
  local status=0
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    nice "$binary" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -dict="$dict" -artifact_prefix="$findings/" -print_final_stats=1 "${extra[@]}" \
    "$corpus" "$seed_dir" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "== fuzz $name: FINDING (exit $status)" >&2
    local artifact
    artifact=$(ls -t "$findings"/ 2>/dev/null | head -1 || true)
    if [ -n "$artifact" ]; then
      echo "== the input, run again: $binary $findings/$artifact" >&2
      ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        timeout 60 "$binary" -timeout=10 -rss_limit_mb=2048 "$findings/$artifact" 2>&1 | tail -80 >&2 || true
    fi
    return 1
  fi
  return 0
}

failed=()
if [ "$target" = all ]; then
  for t in "${TARGETS[@]}"; do
    run "$t" "$seconds" || failed+=("$t")
  done
else
  run "$target" "$seconds" || failed+=("$target")
fi
if [ "${#failed[@]}" -gt 0 ]; then
  echo "== fuzzing found something in: ${failed[*]}" >&2
  exit 1
fi
echo "== fuzzing: no finding" >&2
