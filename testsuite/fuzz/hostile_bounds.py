#!/usr/bin/env python3
"""Bounded time and memory on hostile input (issue 14's promise).

    hostile_bounds.py MLHINT_BINARY [CASE_SUBSTRING...]

Generates hostile programs of up to about 10 MB (deep nesting of every
bracket kind, very long lines, many items, a list of a million elements,
types that double at each definition, huge literals, many errors, many
type variables, huge matches) and runs mlhint on each with every output
format (OCaml's text, -i, short, json, sarif, --fix on a copy), and the
language server on a 10 MB document. Each run must exit 0, 1 or 2 (never a
signal), use at most 2 GB (the child's peak resident memory, from wait4)
and at most 10 s of CPU time (user + system, of all its threads: the wall
time of a run on a busy machine says little; a run is still killed after
300 s of wall time, which fails it). Two runs go at a time (MLHINT_HOSTILE_JOBS).

Exits 0 when every run keeps within the bounds, 1 otherwise. With
arguments after the binary, only the cases whose name contains one of them
run. MLHINT_HOSTILE_SCALE=0.1 shrinks every input (a quick look).
"""
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

MAX_CPU_SECONDS = 10.0
MAX_RSS_BYTES = 2 << 30
MAX_INPUT_BYTES = 10 << 20
WALL_LIMIT_SECONDS = 300.0
JOBS = int(os.environ.get("MLHINT_HOSTILE_JOBS", "2"))
SCALE = float(os.environ.get("MLHINT_HOSTILE_SCALE", "1"))

FAILURES = []


def n(count):
    return max(1, int(count * SCALE))


# ---------------------------------------------------------------- inputs

def nested(open_, close, inner, depth):
    return open_ * depth + inner + close * depth


def cases():
    """(name, program text) pairs, each under 10 MB."""
    yield "parens_2m", "let x = " + nested("(", ")", "1", n(2_000_000)) + "\n"
    yield "parens_unclosed_4m", "let x = " + "(" * n(4_000_000) + "\n"
    yield "lists_1m", "let x = " + nested("[", "]", "", n(1_000_000)) + "\n"
    yield "arrays_1m", "let x = " + nested("[|", "|]", "", n(1_000_000)) + "\n"
    yield "begin_end_500k", "let x = " + nested("begin ", " end", "1", n(500_000)) + "\n"
    yield "records_1m", "let x = " + "{" * n(1_000_000) + "\n"
    yield "comments_nested_2m", nested("(*", "*)", "", n(2_000_000)) + "\nlet x = 1\n"
    yield "comments_unclosed_4m", "(*" * n(4_000_000)
    yield "strings_in_comment", "(* " + "\"x\" " * n(2_000_000) + "*)\nlet x = 1\n"
    yield "type_parens_1m", "let x : " + nested("(", ")", "int", n(1_000_000)) + " = 1\n"
    yield "type_lists_1m", "let x : int" + " list" * n(1_000_000) + " = []\n"
    yield "type_arrows_1m", "let x : " + "int -> " * n(1_000_000) + "int = fun _ -> 0\n"
    yield "type_tuples_500k", "let x : " + nested("(int * ", ")", "int", n(500_000)) + " = 1\n"
    yield "pattern_parens_2m", "let f = function " + nested("(", ")", "_", n(2_000_000)) + " -> 0\n"
    yield "pattern_conses_1m", "let f = function " + "_ :: " * n(1_000_000) + "[] -> 0 | _ -> 1\n"
    yield "lets_in_500k", "let x =\n" + "let a = 1 in\n" * n(500_000) + "a\n"
    yield "funs_1m", "let f = " + "fun x -> " * n(1_000_000) + "0\n"
    yield "ifs_300k", "let x = " + "if true then 1 else " * n(300_000) + "0\n"
    yield "applications_1m", "let f x = x\nlet y = " + nested("f (", ")", "1", n(1_000_000)) + "\n"
    yield "matches_200k", "let f x = " + "match x with 0 -> 0 | _ -> " * n(200_000) + "1\n"
    yield "sum_line_2m", "let x = 1" + " + 1" * n(2_000_000) + "\n"
    yield "long_line_error", "let x = 1" + " + 1" * n(1_000_000) + " + \"a\"\n"
    yield "long_identifier_9m", "let " + "x" * n(9_000_000) + " = 1\n"
    yield "long_identifier_error", "let x = " + "y" * n(9_000_000) + "\n"
    yield "string_9m", "let s = \"" + "a" * n(9_000_000) + "\"\n"
    yield "string_escapes", "let s = \"" + "\\n\\t\\065\\x41" * n(600_000) + "\"\n"
    yield "string_error", "let s = \"" + "a" * n(9_000_000) + "\" + 1\n"
    yield "quoted_string", "let s = {id|" + "a|}" * n(2_000_000) + "|id}\n"
    yield "string_unclosed", "let s = \"" + "a" * n(9_000_000)
    yield "let_items_100k", "".join("let x%d = %d\n" % (i, i) for i in range(n(100_000)))
    yield "let_items_chained_100k", "let x0 = 0\n" + "".join(
        "let x%d = x%d + 1\n" % (i, i - 1) for i in range(1, n(100_000)))
    yield "list_1m", "let l = [" + "0; " * n(1_000_000) + "0]\n"
    yield "list_1m_error", "let l = [" + "0; " * n(1_000_000) + "\"a\"]\n"
    yield "tuple_300k", "let t = (" + "0, " * n(300_000) + "0)\n"
    yield "type_variables_100k", "let f (" + ", ".join("a%d" % i for i in range(n(100_000))) + ") = ()\n"
    yield "type_variables_error", "let f (" + ", ".join("a%d" % i for i in range(n(100_000))) + ") = 1 + ()\n"
    yield "weak_variables_100k", "".join("let r%d = ref []\n" % i for i in range(n(100_000)))
    yield "errors_100k", "".join("let x%d = 1 + \"a\"\n" % i for i in range(n(100_000)))
    yield "unbound_100k", "".join("let x%d = y%d\n" % (i, i) for i in range(n(100_000)))
    yield "syntax_errors_100k", "".join("let x%d = )\n" % i for i in range(n(100_000)))
    yield "warnings_100k", "".join("let f%d x = match x with 0 -> 0\n" % i for i in range(n(100_000)))
    # Types that double at each definition (ocamlc 4.13.1 takes minutes
    # and gigabytes on this; mlhint shares the graph).
    yield "doubling_pairs_40", "let f0 x = (x, x)\n" + "".join(
        "let f%d x = f%d (f%d x)\n" % (i, i - 1, i - 1) for i in range(1, 41))
    yield "doubling_pairs_40_error", "let f0 x = (x, x)\n" + "".join(
        "let f%d x = f%d (f%d x)\n" % (i, i - 1, i - 1) for i in range(1, 41)) + "let y = f40 1 + 1\n"
    yield "doubling_values_60", "let x0 = ()\n" + "".join(
        "let x%d = (x%d, x%d)\n" % (i, i - 1, i - 1) for i in range(1, 61))
    yield "doubling_values_60_error", "let x0 = ()\n" + "".join(
        "let x%d = (x%d, x%d)\n" % (i, i - 1, i - 1) for i in range(1, 61)) + "let y = x60 + 1\n"
    yield "doubling_abbreviations_60", "type t0 = int\n" + "".join(
        "type t%d = t%d * t%d\n" % (i, i - 1, i - 1) for i in range(1, 61)) + "let f (x : t60) = x + 1\n"
    yield "doubling_lists_30", "let f0 x = [x; x]\n" + "".join(
        "let f%d x = f%d (f%d x)\n" % (i, i - 1, i - 1) for i in range(1, 31)) + "let y = f30 ()\n"
    yield "match_cases_100k", "let f x = match x with\n" + "".join(
        "  | %d -> %d\n" % (i, i) for i in range(n(100_000))) + "  | _ -> 0\n"
    yield "match_cases_nonexhaustive", "let f x = match x with\n" + "".join(
        "  | %d -> %d\n" % (i, i) for i in range(n(100_000)))
    yield "match_strings_100k", "let f x = match x with\n" + "".join(
        "  | \"%d\" -> %d\n" % (i, i) for i in range(n(100_000)))
    yield "or_pattern_300k", "let f x = match x with " + " | ".join(
        "%d" % i for i in range(n(300_000))) + " -> 0\n"
    yield "or_pattern_vars", "let f x = match x with " + " | ".join(
        "(%d, y)" % i for i in range(n(100_000))) + " -> y\n"
    yield "or_patterns_nested", "let f x = match x with " + nested("(", ")", "0", n(100_000)).replace(
        "(", "(1 | ") + " -> 0\n"
    yield "variant_100k", "type t = " + " | ".join("C%d" % i for i in range(n(100_000))) + \
        "\nlet f = function C0 -> 0\n"
    yield "variant_args_matrix", "type t = A | B | C\nlet f = function\n" + "".join(
        "  | (" + ", ".join("ABC"[(i >> k) % 3] for k in range(12)) + ") -> 0\n" for i in range(n(20_000)))
    yield "bools_matrix", "let f = function\n" + "".join(
        "  | (" + ", ".join("true" if (i >> k) & 1 else "false" for k in range(30)) + ") -> 0\n"
        for i in range(n(20_000)))
    yield "record_100k_fields", "type r = {" + "; ".join("f%d : int" % i for i in range(n(100_000))) + \
        "}\nlet x = {f0 = 1}\n"
    yield "type_params_10k", "type (" + ", ".join("'a%d" % i for i in range(n(10_000))) + ") t = " + \
        " * ".join("'a%d" % i for i in range(n(10_000))) + "\nlet f (x : int t) = x\n"
    yield "cyclic_abbreviations_10k", "type t0 = t%d\n" % (n(10_000) - 1) + "".join(
        "and t%d = t%d list\n" % (i, i - 1) for i in range(1, n(10_000)))
    yield "recursive_functions_10k", "let rec f0 x = f%d x\n" % (n(10_000) - 1) + "".join(
        "and f%d x = f%d x + 1\n" % (i, i - 1) for i in range(1, n(10_000)))
    yield "let_rec_values_10k", "let rec x0 = 1 :: x%d\n" % (n(10_000) - 1) + "".join(
        "and x%d = 1 :: x%d\n" % (i, i - 1) for i in range(1, n(10_000)))
    yield "sequence_1m", "let () =\n" + "  ignore 1;\n" * n(700_000) + "  ()\n"
    # Each attribute is found its binding, and each scope its attributes,
    # without a scan of them all (these took minutes when they did).
    yield "warning_attributes_120k", "".join(
        "let f%d x = match x with Some y -> (y [@warning \"-8\"]) [@@warning \"-8\"]\n" % i
        for i in range(n(120_000)))
    yield "floating_warning_attributes_300k", "[@@@warning \"-8\"]\nlet x = 1\n" * n(300_000)
    yield "nul_bytes", "\0" * n(9_000_000)
    yield "newlines_9m", "\n" * n(9_000_000)
    yield "invalid_utf8", "let x = \"" + "\xff\xfe" * n(2_000_000) + "\"\n"
    yield "tokens_soup", ("let in = ( ) [ ] fun -> match with | ; :: " * n(200_000))


FORMATS = [
    ("text", []),
    ("-i", ["-i"]),
    ("short", ["--format=short"]),
    ("json", ["--format=json"]),
    ("sarif", ["--format=sarif"]),
    ("max-errors", ["--max-errors=1000000"]),
]


# ---------------------------------------------------------------- runs

def resident_bytes(pid):
    """The current resident memory of a running process (0 if unknown)."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run(name, argv, stdin_bytes=b"", allowed=(0, 1, 2), cwd=None):
    """Runs argv; records a failure if it breaks a bound. Returns (status, out)."""
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as inp:
        inp.write(stdin_bytes)
        inp.seek(0)
        proc = subprocess.Popen(argv, stdin=inp, stdout=out, stderr=err, cwd=cwd)
        status = rusage = None
        timed_out = too_big = False
        while True:
            pid, raw, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                status = raw
                break
            # Killed early past the bounds: a run that goes on growing
            # would take the machine's memory from everything else.
            too_big = resident_bytes(proc.pid) > MAX_RSS_BYTES
            timed_out = time.monotonic() - start > WALL_LIMIT_SECONDS
            if too_big or timed_out:
                proc.kill()
                _, status, rusage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        proc.returncode = 0  # reaped by wait4
        wall = time.monotonic() - start
        cpu = rusage.ru_utime + rusage.ru_stime
        rss = rusage.ru_maxrss * 1024
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    problems = []
    if too_big:
        problems.append("killed past %d MB resident" % (MAX_RSS_BYTES >> 20))
    elif timed_out:
        problems.append("killed after %.0f s of wall time" % WALL_LIMIT_SECONDS)
    elif os.WIFSIGNALED(status):
        problems.append("killed by signal %d" % os.WTERMSIG(status))
    elif os.WEXITSTATUS(status) not in allowed:
        problems.append("exit status %d" % os.WEXITSTATUS(status))
    if cpu > MAX_CPU_SECONDS:
        problems.append("%.1f s of CPU time" % cpu)
    if rss > MAX_RSS_BYTES:
        problems.append("%d MB resident" % (rss >> 20))
    for marker in (b"AddressSanitizer", b"runtime error", b"Segmentation", b"terminate called"):
        if marker in stderr:
            problems.append("stderr says " + marker.decode())
    summary = "%-34s %5.1f s cpu %5.1f s wall %6d MB" % (name, cpu, wall, rss >> 20)
    if problems:
        FAILURES.append(name + ": " + ", ".join(problems))
        print("FAIL " + summary + ": " + ", ".join(problems), flush=True)
        print("     stderr: " + stderr[:600].decode("utf-8", "replace"), flush=True)
    else:
        print("ok   " + summary, flush=True)
    code = os.WEXITSTATUS(status) if status is not None and os.WIFEXITED(status) else -1
    return code, stdout


def check_program(mlhint, tmp, name, text):
    data = text.encode("latin-1")  # the texts are ASCII, but for the bytes \xff and \xfe
    assert len(data) <= MAX_INPUT_BYTES, (name, len(data))
    path = os.path.join(tmp, name + ".ml")
    with open(path, "wb") as f:
        f.write(data)
    def one_format(label, args):
        code, out = run("%s [%s]" % (name, label), [mlhint] + args + [path])
        if label in ("json", "sarif") and code in (0, 2):
            try:
                json.loads(out)
            except ValueError as e:
                FAILURES.append("%s [%s]: not a JSON document: %s" % (name, label, e))
                print("FAIL %s [%s]: not a JSON document" % (name, label), flush=True)

    def fix():
        copy = os.path.join(tmp, name + ".fix.ml")
        shutil.copyfile(path, copy)
        run("%s [--fix]" % name, [mlhint, "--fix", copy])
        os.remove(copy)

    with concurrent.futures.ThreadPoolExecutor(max_workers=JOBS) as pool:
        for f in [pool.submit(one_format, label, args) for label, args in FORMATS] + [pool.submit(fix)]:
            f.result()
    os.remove(path)


def lsp_message(obj):
    body = json.dumps(obj).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def check_lsp(mlhint, name, text):
    """The server given a whole document, hovered, asked for code actions."""
    uri = "file:///hostile/%s.ml" % name
    lines = text.count("\n")
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None,
                                                                        "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "ocaml", "version": 1, "text": text}}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover",
         "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 9}}},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction",
         "params": {"textDocument": {"uri": uri},
                    "range": {"start": {"line": 0, "character": 0}, "end": {"line": lines, "character": 0}},
                    "context": {"diagnostics": []}}},
        {"jsonrpc": "2.0", "id": 4, "method": "textDocument/diagnostic", "params": {"textDocument": {"uri": uri}}},
        {"jsonrpc": "2.0", "id": 5, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    data = b"".join(lsp_message(m) for m in messages)
    assert len(data) <= MAX_INPUT_BYTES + 4096
    run("%s [lsp]" % name, [mlhint, "lsp"], stdin_bytes=data, allowed=(0, 1))


LSP_CASES = {"string_9m", "list_1m_error", "parens_2m", "errors_100k", "let_items_chained_100k",
             "type_variables_100k", "long_line_error", "comments_unclosed_4m"}


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    mlhint = os.path.abspath(sys.argv[1])
    only = sys.argv[2:]
    tmp = tempfile.mkdtemp(prefix="mlhint-hostile-")
    try:
        for name, text in cases():
            if only and not any(o in name for o in only):
                continue
            check_program(mlhint, tmp, name, text)
            if name in LSP_CASES:
                check_lsp(mlhint, name, text)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if FAILURES:
        print("\n%d run(s) broke a bound:" % len(FAILURES))
        for f in FAILURES:
            print("  " + f)
        return 1
    print("every run kept within %.0f s of CPU and %d MB" % (MAX_CPU_SECONDS, MAX_RSS_BYTES >> 20))
    return 0


if __name__ == "__main__":
    sys.exit(main())
