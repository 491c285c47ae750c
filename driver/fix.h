// --fix: applying the machine-applicable fix-its of a checked file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "diagnostics/render_formats.h"
#include "support/source.h"

namespace mlhint {

struct FixOutcome {
  std::string text;                 // the source with the fixes applied
  std::vector<AppliedFix> applied;  // in the order of the diagnostics
  size_t skipped = 0;               // machine-applicable fixes left out
};

// Applies every machine-applicable fix-it of every diagnostic's hints, in
// the diagnostics' order. A hint's edits are applied together or not at
// all: a hint is skipped when one of its edits overlaps an edit already
// taken (or another of its own, or falls outside the text). Two edits
// overlap when their ranges share a byte, or when they start at the same
// offset and one of them is an insertion (the order of the two would be a
// guess). A hint whose edits were all taken already (the same fix offered
// twice) is neither applied again nor counted as skipped.
FixOutcome ApplyFixes(const SourceBuffer& source, const std::vector<Diagnostic>& diagnostics);

}  // namespace mlhint
