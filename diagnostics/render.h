// Renderers of diagnostics. The OCaml renderer prints a diagnostic exactly
// as OCaml 4.13's batch-mode report printer does (Location.print_report):
// the location line, the quoted source with carets, "Error: " and the
// message laid out by the Format engine, then each sub-message.
#pragma once

#include <string>

#include "diagnostics/diagnostic.h"
#include "support/source.h"

namespace mlhint {

namespace fmt {
class Formatter;
}

struct RenderOptions {
  // Toplevel form, as in expect tests: "Line 2, characters 4-5:" instead of
  // "File \"a.ml\", line 2, characters 4-5:".
  bool toplevel = false;
  // Line numbers are shifted by this much (the toplevel numbers lines from
  // the start of the phrase); offsets stay absolute.
  int line_offset = 0;
  bool color = false;
};

// Location.print_loc: "File \"a.ml\", line 2, characters 4-5" (no colon),
// or in toplevel form "Line 2, characters 4-5".
std::string LocationText(const SourceBuffer& source, Span span, const RenderOptions& options = {});

// Appends the OCaml-form text of `d` (ending with a newline) to `out`.
void RenderOcaml(const Diagnostic& d, const SourceBuffer& source, const RenderOptions& options,
                 std::string& out);

// Installs the colour handling of OCaml's Misc.Color on a formatter: the
// tags "loc", "error", "warning" and "hint" become ANSI styles.
void EnableColorTags(fmt::Formatter& ppf, bool color);

}  // namespace mlhint
