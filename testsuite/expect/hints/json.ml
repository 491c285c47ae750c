(* TEST
   flags: --format=json
*)

(* The JSON rendering (--format=json) of a chunk's diagnostics: codes,
   warning numbers, ranges as byte offsets and lines/columns of the file,
   and the text OCaml's form prints. *)
let name = function 0 -> "zero" | _ -> "many" | 1 -> "one"
let first = function x :: _ -> x
[%%expect{|
{
  "format": "mlhint-diagnostics",
  "format_version": 1,
  "tool": {
    "name": "mlhint",
    "version": ""
  },
  "files": [
    {
      "file": "json.ml",
      "failed": false,
      "diagnostics": [
        {
          "file": "json.ml",
          "code": "redundant-case",
          "severity": "warning",
          "warning": {
            "number": 11,
            "name": "redundant-case",
            "as_error": false
          },
          "message": "this match case is unused.",
          "message_flat": "this match case is unused.",
          "range": {
            "start": {
              "offset": 269,
              "line": 8,
              "column": 48
            },
            "end": {
              "offset": 270,
              "line": 8,
              "column": 49
            }
          },
          "whole_file": false,
          "children": [],
          "rendered": "File \"json.ml\", line 8, characters 48-49:\n8 | let name = function 0 -> \"zero\" | _ -> \"many\" | 1 -> \"one\"\n                                                    ^\nWarning 11 [redundant-case]: this match case is unused.\n"
        },
        {
          "file": "json.ml",
          "code": "partial-match",
          "severity": "warning",
          "warning": {
            "number": 8,
            "name": "partial-match",
            "as_error": false
          },
          "message": "this pattern-matching is not exhaustive.\nHere is an example of a case that is not matched:\n[]",
          "message_flat": "this pattern-matching is not exhaustive. Here is an example of a case that is not matched: []",
          "range": {
            "start": {
              "offset": 292,
              "line": 9,
              "column": 12
            },
            "end": {
              "offset": 312,
              "line": 9,
              "column": 32
            }
          },
          "whole_file": false,
          "children": [],
          "rendered": "File \"json.ml\", line 9, characters 12-32:\n9 | let first = function x :: _ -> x\n                ^^^^^^^^^^^^^^^^^^^^\nWarning 8 [partial-match]: this pattern-matching is not exhaustive.\nHere is an example of a case that is not matched:\n[]\n"
        }
      ]
    }
  ]
}
|}]
