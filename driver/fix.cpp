#include "driver/fix.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace mlhint {
namespace {

bool Overlap(const Edit& a, const Edit& b) {
  if (a.span.begin < b.span.end && b.span.begin < a.span.end) return true;
  return a.span.begin == b.span.begin && (a.span.empty() || b.span.empty());
}

bool SameEdit(const Edit& a, const Edit& b) {
  return a.span == b.span && a.replacement == b.replacement;
}

}  // namespace

FixOutcome ApplyFixes(const SourceBuffer& source, const std::vector<Diagnostic>& diagnostics) {
  FixOutcome outcome;
  std::vector<Edit> taken;
  for (const Diagnostic& d : diagnostics) {
    for (const Child& child : d.children) {
      if (!child.fix || child.fix->applicability != Applicability::MachineApplicable ||
          child.fix->edits.empty())
        continue;
      const std::vector<Edit>& edits = child.fix->edits;
      bool already = std::all_of(edits.begin(), edits.end(), [&](const Edit& e) {
        return std::any_of(taken.begin(), taken.end(),
                           [&](const Edit& t) { return SameEdit(e, t); });
      });
      if (already) continue;
      bool fits = true;
      for (size_t i = 0; i < edits.size() && fits; ++i) {
        const Edit& e = edits[i];
        if (e.span.begin > e.span.end || e.span.end > source.size()) fits = false;
        for (size_t j = 0; j < i && fits; ++j)
          if (Overlap(e, edits[j])) fits = false;
        for (const Edit& t : taken)
          if (fits && Overlap(e, t)) fits = false;
      }
      if (!fits) {
        ++outcome.skipped;
        continue;
      }
      taken.insert(taken.end(), edits.begin(), edits.end());
      outcome.applied.push_back(AppliedFix{d.Code(), child.hint_id, *child.fix});
    }
  }
  std::sort(taken.begin(), taken.end(), [](const Edit& a, const Edit& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
  });
  std::string_view text = source.text();
  uint32_t at = 0;
  for (const Edit& e : taken) {
    outcome.text.append(text.substr(at, e.span.begin - at));
    outcome.text.append(e.replacement);
    at = e.span.end;
  }
  outcome.text.append(text.substr(at));
  return outcome;
}

}  // namespace mlhint
