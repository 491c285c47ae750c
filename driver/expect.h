// `mlhint expect`: expect-style golden tests, in the format of OCaml's own
// test suite (shared/spec/EXPECT.md). A file is a sequence of chunks of
// code, each followed by a `[%%expect{| ... |}]` block holding what mlhint
// prints for it; all chunks share one environment, as in OCaml's toplevel.
//
// Blocks are read as OCaml's expect tool (testsuite/tools/expect_test.ml)
// reads them: the extension `[%%expect PAYLOAD]` (or `[%%ocaml.expect`),
// with blanks and comments anywhere between its tokens, whose payload is
// nothing, a quoted string `{tag|...|tag}`, or such a string followed by
// `, Principal{|...|}` (what OCaml prints with -principal, kept as it is).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "hints/hints.h"

namespace mlhint {

struct ExpectBlock {
  size_t begin = 0, end = 0;  // `[%%expect` ... `]`
  // The first quoted string of the payload, `{tag|...|tag}`, and its text
  // (the expected output). For `[%%expect]` both are the empty range just
  // after `expect`, where the string goes when there is output.
  size_t string_begin = 0, string_end = 0;
  size_t content_begin = 0, content_end = 0;
  std::string tag;
  bool present = true;  // false: the code after the last block has none yet
};

// The parts of an expect file: the `(* TEST ... *)` header's flags, the
// chunks (byte ranges) and the block after each.
struct ExpectFile {
  std::vector<std::string> flags;        // mlhint's own form, `flags: -w +27`
  std::vector<std::string> ocaml_flags;  // ocamltest's, `flags = "-w +27"`
  // Why the file is not checked ("" if it is): the header asks for a test
  // or a setting mlhint does not run (`* toplevel`, `modules = ...`).
  std::string skip;
  struct Chunk {
    size_t begin = 0, end = 0;
    ExpectBlock block;
  };
  std::vector<Chunk> chunks;
};

// Splits `text`; on a malformed file returns false and says why in `error`
// (one line).
bool ParseExpectFile(std::string_view text, ExpectFile* file, std::string* error);

// What mlhint prints for each chunk, given its flags.
struct ExpectRun {
  std::vector<std::string> outputs;  // one per chunk
  std::vector<bool> supported;       // per chunk: no construct mlhint refuses
  std::string error;                 // a bad header flag
  std::string skip;                  // a flag mlhint cannot honour: the file is not checked
  // The codes of the diagnostics shown and the ids of their hints (for the
  // test that every kind of diagnostic has an expect test showing it).
  std::set<std::string> codes;
};
// Each output has the values of its block as written (WithWrittenValues).
// `hints`: which hints the diagnostics carry (--hints; OCaml's own files
// hold OCaml's only).
ExpectRun RunExpectChunks(const std::string& name, const std::string& text, const ExpectFile& file,
                          hints::HintLevel hints = hints::HintLevel::All);

// OCaml's toplevel prints the value of each binding (`val x : int = 0`,
// `- : int = 3`); mlhint evaluates nothing, and prints `val x : int`. The
// output with the value of each such item taken from the block as written
// (`written`, the text of the block's string), where the block has the
// same item followed by ` = value`: the value is not checked, and
// --promote keeps it. Items are compared with blanks and line breaks
// collapsed (OCaml breaks a long type differently when a value follows);
// the written item is taken as it is, line breaks and all.
//
// An evaluation that raised prints the exception instead (after the
// phrase's warnings, in place of its item if it has one), and nothing more
// of the chunk runs. `phrase_ends`, when given, says where each phrase's
// output ends (the number of lines of the output once it is printed): an
// exception the block writes at a phrase's item or at its end is taken as
// written, and the rest of mlhint's output for the chunk is dropped.
std::string WithWrittenValues(std::string_view written, const std::string& output,
                              const std::vector<size_t>& phrase_ends = {});

// Does a block hold this output? (`{||}`, OCaml's `{|\n|}` and `[%%expect]`
// all hold the empty output.)
bool BlockMatches(std::string_view text, const ExpectBlock& block, const std::string& output);

// The file with each block that does not hold its output rewritten: only
// the text of its first string changes (its tag too, if the output holds
// `|tag}`); every other byte is kept. A chunk after the last block gets a
// block of its own when it prints something.
std::string CorrectedText(std::string_view text, const ExpectFile& file,
                          const std::vector<std::string>& outputs);

// A unified diff of two texts, with the given file names in its header.
std::string UnifiedDiff(std::string_view before, std::string_view after,
                        const std::string& before_name, const std::string& after_name);

// With MLHINT_EXPECT_SUMMARY set in the environment, `mlhint expect` also
// prints on stderr, for scripts/ocaml-suite.sh, one line per supported
// block that does not match, then one line per file:
//   mlhint: mismatch: FILE:LINE
//   mlhint: summary: FILE: N blocks, S supported, M match
// (a block is supported when its chunk shows no construct mlhint refuses
// and does not depend on a refused chunk: it uses no name the refused part
// defines, and shows no Unbound error on a name the refused chunk mentions
// or after a refused part opens a module; scripts/ocaml-suite.sh says the
// rule in full. Values are never checked, see WithWrittenValues.)
//
// `mlhint expect [--promote] FILE...`: 0 when every block matches (or was
// promoted, or the file is skipped: it says so in one line), 1 on a
// mismatch (a diff on stdout, FILE.corrected written), 2 when a file cannot
// be read or is malformed.
int RunExpect(const std::vector<std::string>& files, bool promote,
              hints::HintLevel hints = hints::HintLevel::All);

}  // namespace mlhint
