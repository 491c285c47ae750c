// The long explanations of the diagnostic codes, for `--explain CODE` and
// for the rules of the SARIF log. They live in one file, docs/diagnostics.md
// (embedded in the binary at build time), one section per code:
//
//   ## partial-match
//
//   Warning 8: a pattern-matching that does not cover every value
//
//   Paragraphs of explanation...
//
//   ```ocaml
//   let name = function 0 -> "zero" | 1 -> "one"
//   ```
//
// The line after the heading is the kind ("Error", "Warning N" or "Alert")
// and the one-line summary. The first `ocaml` block, when there is one, is a
// whole program that shows the diagnostic.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mlhint {

struct Explanation {
  std::string code;
  std::string kind;     // "Error", "Warning 8", "Alert"
  std::string summary;  // one line
  std::string body;     // the paragraphs after the summary line, as written
  std::string example;  // the first ```ocaml block, or ""
  // The rest of that block's info string: the options to check the example
  // with, as on the command line ("-w +27", "-i").
  std::string example_options;
};

// Every section of docs/diagnostics.md, in its order.
const std::vector<Explanation>& Explanations();

// The section of `code`; a warning may also be asked for by its number
// ("8", "w8"). Returns nullptr for an unknown code.
const Explanation* FindExplanation(std::string_view code);

// Known codes close to `code` (by edit distance, or sharing a word), best
// first, at most `limit`.
std::vector<std::string> CloseCodes(std::string_view code, size_t limit = 3);

// Parses the text of docs/diagnostics.md (exposed for the tests).
std::vector<Explanation> ParseExplanations(std::string_view markdown);

}  // namespace mlhint
