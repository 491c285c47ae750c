// The renderers other than OCaml's text: `--format=short` (one line per
// diagnostic and per note or hint, for editors' quickfix lists),
// `--format=json` (docs/json-format.md) and `--format=sarif` (SARIF 2.1.0).
// They read the same Diagnostic objects as render_ocaml.cpp, never emit
// colour, and compute nothing the others need.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "support/source.h"

namespace mlhint {

// A fix that `--fix` applied: the hint it came from and its edits, whose
// spans point into the text as it was before the fix.
struct AppliedFix {
  std::string code;     // the diagnostic's code
  std::string hint_id;  // the hint's stable name
  FixIt fix;
};

// One input of the run, as the JSON and SARIF renderers see it.
struct FileReport {
  SourceBuffer source;  // the text the diagnostics' spans point into
  std::vector<Diagnostic> diagnostics;
  bool failed = false;                   // this file makes the exit status 2
  std::optional<std::string> signature;  // -i, on a well-typed file
  // --fix: the text before the fixes, what was applied to it, and how many
  // machine-applicable fixes were left out because they overlap another.
  bool fix_requested = false;
  std::optional<SourceBuffer> original;
  std::vector<AppliedFix> applied_fixes;
  size_t skipped_fixes = 0;
};

// The message of a diagnostic or child on one line: laid out with no margin,
// every line break and the indentation after it turned into one space.
std::string FlatMessage(const Doc& doc);

// The short form of `d` (docs/json-format.md describes it too): one line
// "FILE:LOCATION: SEVERITY: MESSAGE [CODE]", then one line per child,
// "FILE:LOCATION: note: TEXT" or "... hint: TEXT".
void RenderShort(const Diagnostic& d, const SourceBuffer& source, std::string& out);

// The location part of a short line: "L:C1-C2" (1-based line, 1-based byte
// columns of the first byte and of the position just after the last one,
// exclusive), "L1:C1-L2:C2" when that end is on another line, "L:C" for an
// empty span.
std::string ShortLocation(Span span, const SourceBuffer& source);

// One JSON document for the whole run (docs/json-format.md), ending with a
// newline.
std::string RenderJson(const std::vector<FileReport>& files, std::string_view tool_version);

// One SARIF 2.1.0 log for the whole run, ending with a newline. `rule_help`
// gives the long description of a code ("" when there is none).
struct SarifRule {
  std::string id;  // the code
  std::string summary;
  std::string help;
  bool is_warning = false;
  bool enabled_by_default = true;
};
std::string RenderSarif(const std::vector<FileReport>& files, const std::vector<SarifRule>& rules,
                        std::string_view tool_version);

// The rules of the SARIF log: every code of the kind registry (the generic
// "warning" and "alert" replaced by OCaml's warnings, by name, and the
// deprecated alert), with their one-line summaries.
std::vector<SarifRule> RegistryRules();

}  // namespace mlhint
