#!/usr/bin/env python3
"""Validates mlhint's --format=json and --format=sarif documents.

    validate_outputs.py MLHINT_BINARY PROJECT_ROOT

See README.md beside this file. Exits 0 when every check passes, 1 with
the reasons otherwise (and 1 when jsonschema is missing: the check is not
skipped silently).
"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("validate_outputs.py: Python's jsonschema is missing (apt-get install python3-jsonschema)")
    sys.exit(1)

FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message)


# Programs that exercise every part of the documents.
PROGRAMS = {
    "hint.ml": b"let x = 1\nlet _ = Int32.add 1l 3\nlet f y = y + \"a\"\n",
    "syntax.ml": b"let x = (1 + 2\nlet y = 3\n",
    "warnings.ml": b"let f x = match x with 0 -> 1\nlet g y = let z = 1 in y\n",
    "unicode.ml": "let s = \"h\u00e9llo \U0001d54f\" let t = s + 1\n".encode("utf-8"),
    "crlf.ml": b"let x = 1\r\nlet y = x +\r\n  \"a\"\r\n",
    "bytes.ml": b"let s = \"\xff\xfe\" let t = s + 1\nlet u = \"\xe2\x82\xed\xa0\x80\xf0\x9f\" ^ 2\n",
    "multiline.ml": b"let f x =\n  match x with\n  | Some y -> y\n",
    "good.ml": b"let double x = 2 * x\n",
}


def run(mlhint, args, cwd):
    r = subprocess.run([mlhint] + args, cwd=cwd, capture_output=True)
    if r.returncode not in (0, 2):
        fail("mlhint %s exited with %d: %s" % (args, r.returncode, r.stderr[:500]))
    return r


def validator(path):
    schema = json.load(open(path, encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate(v, document, what):
    errors = sorted(v.iter_errors(document), key=lambda e: list(e.absolute_path))
    for e in errors[:10]:
        fail("%s: %s at %s" % (what, e.message[:300], "/".join(str(p) for p in e.absolute_path)))
    return not errors


def line_column(data, offset):
    """OCaml's position: 1-based line (only \\n ends one), 0-based byte column."""
    line = data.count(b"\n", 0, offset) + 1
    bol = data.rfind(b"\n", 0, offset) + 1
    return line, offset - bol


def utf16_column(data, offset):
    """0-based UTF-16 column of a byte offset, bad bytes counting one unit each."""
    bol = data.rfind(b"\n", 0, offset) + 1
    text = data[bol:offset].decode("utf-8", errors="replace")
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text)


def check_json_positions(document, sources):
    def check_range(r, data, what):
        for end in ("start", "end"):
            p = r[end]
            if p["offset"] > len(data):
                fail("%s: offset %d past the end" % (what, p["offset"]))
                continue
            if (p["line"], p["column"]) != line_column(data, p["offset"]):
                fail("%s: %s %r does not match offset %d" % (what, end, p, p["offset"]))
        if r["start"]["offset"] > r["end"]["offset"]:
            fail("%s: range ends before it starts" % what)

    for f in document["files"]:
        data = sources.get(f["file"])
        if data is None:
            continue
        for d in f["diagnostics"]:
            if d["range"]:
                check_range(d["range"], data, f["file"] + " " + d["code"])
            for c in d["children"]:
                if c["range"]:
                    check_range(c["range"], data, f["file"] + " child")
                if c["fix"]:
                    for e in c["fix"]["edits"]:
                        check_range(e["range"], data, f["file"] + " edit")


def check_sarif_regions(log, sources):
    run_ = log["runs"][0]
    uris = [a["location"]["uri"] for a in run_["artifacts"]]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]

    def check_region(region, data, what):
        start, length = region["byteOffset"], region["byteLength"]
        end = start + length
        expected = {
            "startLine": line_column(data, start)[0],
            "startColumn": utf16_column(data, start) + 1,
            "endLine": line_column(data, end)[0],
            "endColumn": utf16_column(data, end) + 1,
        }
        for key, value in expected.items():
            if region[key] != value:
                fail("%s: %s is %d, the bytes say %d" % (what, key, region[key], value))

    for result in run_["results"]:
        if "ruleIndex" in result and rules[result["ruleIndex"]] != result["ruleId"]:
            fail("ruleIndex %d is not rule %s" % (result["ruleIndex"], result["ruleId"]))
        for loc in result["locations"] + result.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            art = phys["artifactLocation"]
            if uris[art["index"]] != art["uri"]:
                fail("artifact index %d is not %s" % (art["index"], art["uri"]))
            data = sources.get(art["uri"])
            if data is not None and "region" in phys:
                check_region(phys["region"], data, art["uri"] + " " + result["ruleId"])
        for fix in result.get("fixes", []):
            for change in fix["artifactChanges"]:
                data = sources.get(change["artifactLocation"]["uri"])
                for rep in change["replacements"]:
                    if data is not None:
                        check_region(rep["deletedRegion"], data, "fix of " + result["ruleId"])


def main():
    mlhint, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    json_v = validator(os.path.join(root, "docs", "mlhint-diagnostics.schema.json"))
    sarif_v = validator(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sarif-2.1.0-rtm.5.json"))
    tmp = tempfile.mkdtemp(prefix="mlhint-formats-")
    try:
        for name, data in PROGRAMS.items():
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(data)
        names = sorted(PROGRAMS) + ["missing.ml"]
        runs = [
            ("default", [] + names),
            ("all warnings", ["-w", "+A"] + names),
            ("signature", ["-i"] + names),
            ("a file named twice", ["hint.ml", "hint.ml"]),
        ]
        documents = []
        for label, args in runs:
            for fmt in ("json", "sarif"):
                r = run(mlhint, ["--format=" + fmt, "--color=always"] + args, tmp)
                if b"\x1b" in r.stdout or b"\x1b" in r.stderr:
                    fail("%s %s: colour escape in the output" % (fmt, label))
                try:
                    doc = json.loads(r.stdout)
                except ValueError as e:
                    fail("%s %s: not JSON: %s" % (fmt, label, e))
                    continue
                documents.append((fmt, label, doc))
        # --fix on copies: the document then describes the fixed text.
        fixdir = os.path.join(tmp, "fix")
        os.mkdir(fixdir)
        shutil.copy(os.path.join(tmp, "hint.ml"), fixdir)
        r = run(mlhint, ["--format=json", "--fix", "hint.ml"], fixdir)
        fixed = open(os.path.join(fixdir, "hint.ml"), "rb").read()
        documents.append(("json", "fix", json.loads(r.stdout)))

        sources = dict(PROGRAMS)
        for fmt, label, doc in documents:
            what = "%s (%s)" % (fmt, label)
            if fmt == "json":
                validate(json_v, doc, what)
                check_json_positions(doc, {"hint.ml": fixed} if label == "fix" else sources)
            else:
                validate(sarif_v, doc, what)
                check_sarif_regions(doc, sources)

        # The documents must say something: a hint with its fix-it, a note
        # with its own location, warnings, an I/O error, a signature.
        default_json = documents[0][2]
        codes = [d["code"] for f in default_json["files"] for d in f["diagnostics"]]
        for code in ("type-mismatch", "unclosed-delimiter", "partial-match", "io-error"):
            if code not in codes:
                fail("json: no %s diagnostic among %s" % (code, codes))
        fixes = [c["fix"] for f in default_json["files"] for d in f["diagnostics"] for c in d["children"] if c["fix"]]
        if not fixes:
            fail("json: no fix-it in the documents (the integer-literal hint should give one)")
        sarif = documents[1][2]
        if not any("fixes" in r for r in sarif["runs"][0]["results"]):
            fail("sarif: no result with fixes")

        # The validators must reject broken documents.
        broken = copy.deepcopy(default_json)
        broken["files"][0]["diagnostics"][0]["colour"] = "red"
        if json_v.is_valid(broken):
            fail("the JSON schema accepts an unknown field")
        broken = copy.deepcopy(default_json)
        del broken["files"][0]["diagnostics"][0]["range"]
        if json_v.is_valid(broken):
            fail("the JSON schema accepts a diagnostic without range")
        broken = copy.deepcopy(sarif)
        del broken["runs"][0]["results"][0]["message"]
        if sarif_v.is_valid(broken):
            fail("the SARIF schema accepts a result without message")
        broken = copy.deepcopy(sarif)
        broken["runs"][0]["results"][0]["level"] = "fatal"
        if sarif_v.is_valid(broken):
            fail("the SARIF schema accepts level 'fatal'")
    finally:
        shutil.rmtree(tmp)
    print("%d documents checked, %d failure(s)" % (len(documents), len(FAILURES)))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
