#!/usr/bin/env python3
"""Compares mlhint and ocamlc on every example of docs/diagnostics.md.

Not part of the test suite (it needs OCaml 4.13.1, which the tests do
not): run it by hand after editing the explanations,

    testsuite/formats/compare_explain_examples.py build/mlhint

Each example is written to example.ml in a temporary directory and checked
with `ocamlc -c` (or `ocamlc -i` when its options hold -i) and with mlhint,
with the same -w options. Prints one line per example: SAME, or DIFF with
both outputs. The unsupported kind is expected to differ (ocamlc accepts
what mlhint does not check).
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def sections(text):
    for m in re.finditer(r"^## ([a-z0-9-]+)\n(.*?)(?=^#{1,2} |\Z)", text, re.M | re.S):
        ex = re.search(r"^```ocaml([^\n]*)\n(.*?)^```", m.group(2), re.M | re.S)
        if ex:
            yield m.group(1), ex.group(1).split(), ex.group(2)


def main():
    mlhint = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "mlhint"))
    text = open(os.path.join(ROOT, "docs", "diagnostics.md"), encoding="utf-8").read()
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        for code, options, program in sections(text):
            with open(os.path.join(tmp, "example.ml"), "w", encoding="utf-8") as f:
                f.write(program)
            mode = "-i" if "-i" in options else "-c"
            warn = [o for o in options if o != "-i"]
            ours = subprocess.run([mlhint] + options + ["example.ml"], cwd=tmp, capture_output=True, text=True)
            theirs = subprocess.run(["ocamlc", mode] + warn + ["example.ml"], cwd=tmp, capture_output=True, text=True)
            same = ours.stderr == theirs.stderr and ours.returncode == theirs.returncode
            print(("SAME " if same else "DIFF ") + code)
            if not same:
                differ += 1
                print("  mlhint (%d):\n%s  ocamlc (%d):\n%s" % (ours.returncode, ours.stderr, theirs.returncode, theirs.stderr))
    print("%d example(s) differ" % differ)


if __name__ == "__main__":
    main()
