#!/usr/bin/env python3
"""One realistic mistake injected into well-typed programs: how mlhint reports it.

For every well-typed program given (files or folders of .ml files), each
site where a novice mistake can be made is mutated, one mutant per site:

  suffix    a literal loses its suffix or its dot  (1. -> 1, 3l -> 3, 2L -> 2)
  operator  a float operator loses its dot, or an int one gains one
            (+. -> +, * -> *.)
  deref     a `!' is dropped                        (!r -> r)
  ref       a `ref' is dropped                      (ref 0 -> 0)

Mutants that ocamlc 4.13.1 accepts, or rejects with a syntax error, are not
mistakes of this kind and are left out. On the rest it measures, for mlhint in
its default mode:

  errors/mistake  errors reported per mutant (the goal: one mistake, one error)
  fix-its failing fix-its that, applied alone, leave a program ocamlc rejects
  --fix accepted  mutants that `mlhint --fix` turns into a program ocamlc accepts

Needs ocamlc on PATH. A report, not a test: the project never needs OCaml.
Usage: scripts/injected-mistakes.py --bin build/mlhint [--show N] [--jobs N] PATH...
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOKEN = re.compile(
    r"""(?P<comment>\(\*)|(?P<string>"(?:[^"\\]|\\.)*")|(?P<char>'(?:[^'\\]|\\.[^']*)')"""
    r"""|(?P<float>\b\d[\d_]*\.(?:[\d_]*)(?:[eE][+-]?\d+)?|\b\d[\d_]*[eE][+-]?\d+)"""
    r"""|(?P<suffixed>\b\d[\d_]*[lLn]\b)"""
    r"""|(?P<fop>(?<![!$%&*+\-./:<=>?@^|~])[+\-*/]\.(?![!$%&*+\-./:<=>?@^|~]))"""
    r"""|(?P<iop>(?<![!$%&*+\-./:<=>?@^|~(])[+\-*/](?![!$%&*+\-./:<=>?@^|~)]))"""
    r"""|(?P<deref>!(?=[A-Za-z_(]))|(?P<ref>\bref\s+)|(?P<word>[A-Za-z_][A-Za-z0-9_']*)""")


def skip_comment(src, i):
    depth = 0
    while i < len(src):
        if src.startswith("(*", i):
            depth += 1
            i += 2
        elif src.startswith("*)", i):
            depth -= 1
            i += 2
            if depth == 0:
                return i
        elif src[i] == '"':
            m = re.compile(r'"(?:[^"\\]|\\.)*"', re.S).match(src, i)
            i = m.end() if m else i + 1
        else:
            i += 1
    return i


def mutation_sites(src):
    i = 0
    while i < len(src):
        m = TOKEN.search(src, i)
        if not m:
            return
        kind = m.lastgroup
        if kind == "comment":
            i = skip_comment(src, m.start())
            continue
        i = m.end()
        text = m.group()
        if kind == "float":
            if re.fullmatch(r"\d[\d_]*\.", text):
                yield ("suffix", m.start(), m.end(), text[:-1])
        elif kind == "suffixed":
            yield ("suffix", m.start(), m.end(), text[:-1])
        elif kind == "fop":
            yield ("operator", m.start(), m.end(), text[0])
        elif kind == "iop":
            # Not a unary minus or a negative literal: something must precede
            # it on the line that can end an operand.
            before = src[:m.start()].rstrip()
            if before and (before[-1].isalnum() or before[-1] in ")]_'\""):
                if not re.search(r"\b(let|in|then|else|do|with|of|begin|fun|function|match|if|when|and|or|not)$", before):
                    yield ("operator", m.start(), m.end(), text + ".")
        elif kind == "deref":
            yield ("deref", m.start(), m.end(), "")
        elif kind == "ref":
            yield ("ref", m.start(), m.end(), "")


def run(cmd, cwd, timeout=60):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return -1, "timeout"


def ocamlc_accepts(path, cwd):
    rc, out = run(["ocamlc", "-c", "-w", "-a", os.path.basename(path)], cwd)
    return rc == 0, out


def well_typed(src):
    tmp = tempfile.mkdtemp(prefix="inj")
    try:
        with open(os.path.join(tmp, "o.ml"), "wb") as f:
            f.write(src)
        return ocamlc_accepts("o.ml", tmp)[0]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def apply_edits(src_bytes, edits):
    for e in sorted(edits, key=lambda e: e["range"]["start"]["offset"], reverse=True):
        a, b = e["range"]["start"]["offset"], e["range"]["end"]["offset"]
        src_bytes = src_bytes[:a] + e["replacement"].encode() + src_bytes[b:]
    return src_bytes


def judge(args):
    binary, name, kind, mutant = args
    tmp = tempfile.mkdtemp(prefix="inj")
    try:
        path = os.path.join(tmp, "m.ml")
        with open(path, "wb") as f:
            f.write(mutant)
        ok, out = ocamlc_accepts(path, tmp)
        if ok or "Syntax error" in out or "Error:" not in out:
            return None
        rec = {"name": name, "kind": kind, "src": mutant.decode("utf-8", "replace")}
        rc, js = run([binary, "--format=json", "m.ml"], tmp)
        try:
            doc = json.loads(js)
        except ValueError:
            rec["crash"] = js[-400:]
            return rec
        diags = doc["files"][0]["diagnostics"]
        errors = [d for d in diags if d["severity"] == "error"]
        rec["errors"] = len(errors)
        rec["rendered"] = "".join(d.get("rendered", "") for d in diags)
        fixits, failing = 0, []
        for d in errors:
            for c in d.get("children", []):
                if c.get("fix"):
                    fixits += 1
                    fixed = apply_edits(mutant, c["fix"]["edits"])
                    fpath = os.path.join(tmp, "f.ml")
                    with open(fpath, "wb") as f:
                        f.write(fixed)
                    if not ocamlc_accepts(fpath, tmp)[0]:
                        failing.append(c.get("hint_id", "?"))
        rec["fixits"], rec["failing"] = fixits, failing
        fpath = os.path.join(tmp, "x.ml")
        shutil.copy(path, fpath)
        run([binary, "--fix", "x.ml"], tmp)
        rec["fix_accepted"] = ocamlc_accepts(fpath, tmp)[0]
        return rec
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--json")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    if not shutil.which("ocamlc"):
        sys.exit("injected-mistakes: needs ocamlc 4.13.1 on PATH (apt-get install ocaml-nox)")
    binary = os.path.abspath(a.bin)
    files = []
    for p in a.paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".ml")]
        else:
            files.append(p)
    jobs = []
    for f in sorted(files):
        src = open(f, "rb").read()
        text = src.decode("utf-8", "replace")
        if not text.isascii() or not well_typed(src):
            continue
        for kind, s, e, repl in mutation_sites(text):
            jobs.append((binary, f, kind, src[:s] + repl.encode() + src[e:]))
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        recs = [r for r in ex.map(judge, jobs) if r]
    if a.json:
        json.dump(recs, open(a.json, "w"), indent=1)
    kinds = sorted(set(r["kind"] for r in recs))
    print(f"{'kind':10} {'mutants':>8} {'errors/mistake':>15} {'fix-its':>8} {'failing':>8} {'--fix ok':>9}")
    for k in kinds + ["all"]:
        rs = [r for r in recs if k == "all" or r["kind"] == k]
        rs_ok = [r for r in rs if "crash" not in r]
        n = len(rs_ok) or 1
        fx = sum(r["fixits"] for r in rs_ok)
        fl = sum(len(r["failing"]) for r in rs_ok)
        print(f"{k:10} {len(rs):8} {sum(r['errors'] for r in rs_ok) / n:15.2f} {fx:8} "
              f"{fl:8} {100.0 * sum(r['fix_accepted'] for r in rs_ok) / n:8.1f}%")
    crashes = [r for r in recs if "crash" in r]
    print(f"crashes: {len(crashes)}")
    shown = 0
    for r in recs:
        if shown >= a.show:
            break
        if "crash" in r or r["errors"] > 1 or r["failing"] or not r["fix_accepted"]:
            shown += 1
            print(f"--- {r['name']} [{r['kind']}] errors={r.get('errors')} failing={r.get('failing')} "
                  f"fix_ok={r.get('fix_accepted')}")
            print(r.get("rendered", r.get("crash", "")))


if __name__ == "__main__":
    main()
