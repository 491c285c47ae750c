// Positions of an item-by-item check (see incremental.h, "Coordinates"):
// the region at an offset, an offset of the Typer's text in the current
// text and back (the region's start, then the cuts of blank edits), the
// diagnostics kept moved with the text, and those kept through an edit
// that does not parse (MovedThroughEdit, KeptThrough).

#include <algorithm>

#include "lsp/incremental_internal.h"

namespace mlhint::lsp {

size_t IncrementalCheck::RegionAt(uint32_t offset) const {
  auto it = std::upper_bound(regions_.begin(), regions_.end(), offset,
                             [](uint32_t off, const Region& r) { return off < r.start; });
  return it == regions_.begin() ? 0 : static_cast<size_t>(it - regions_.begin()) - 1;
}

size_t IncrementalCheck::RegionAtTyper(uint32_t offset) const {
  auto it = std::upper_bound(regions_.begin(), regions_.end(), offset,
                             [](uint32_t off, const Region& r) { return off < r.typer_start; });
  return it == regions_.begin() ? 0 : static_cast<size_t>(it - regions_.begin()) - 1;
}

int64_t IncrementalCheck::ShiftAt(size_t region, uint32_t typer_offset, bool is_end) const {
  const Region& r = regions_[region];
  int64_t shift = int64_t{r.start} - int64_t{r.typer_start};
  for (const auto& [from, by] : r.cuts)
    if (is_end ? typer_offset > from : typer_offset >= from) shift += by;
  return shift;
}

uint32_t IncrementalCheck::ToTyper(size_t region, uint32_t offset, bool* inserted) const {
  const Region& r = regions_[region];
  if (inserted) *inserted = false;
  int64_t base = int64_t{offset} - (int64_t{r.start} - int64_t{r.typer_start});
  int64_t moved = 0;
  for (const auto& [from, by] : r.cuts) {
    if (base - moved - by >= from) {  // after this cut
      moved += by;
      continue;
    }
    // Before it, or in the blanks it inserted (then where they stand).
    int64_t before = base - moved;
    if (inserted && by > 0 && before >= from) *inserted = true;
    return static_cast<uint32_t>(std::max<int64_t>(0, std::min<int64_t>(before, from)));
  }
  return static_cast<uint32_t>(std::max<int64_t>(0, base - moved));
}

uint32_t IncrementalCheck::TyperOffset(uint32_t offset) const {
  if (regions_.empty()) return offset;
  return ToTyper(RegionAt(offset), offset);
}

std::optional<Span> IncrementalCheck::CurrentSpan(Span typer_span) const {
  if (regions_.empty()) return typer_span;
  size_t r = RegionAtTyper(typer_span.begin);
  if (regions_[r].dirty) return std::nullopt;
  // An empty span (a place to insert at) stays before text inserted there.
  return Span{
      static_cast<uint32_t>(typer_span.begin + ShiftAt(r, typer_span.begin, typer_span.empty())),
      static_cast<uint32_t>(typer_span.end + ShiftAt(r, typer_span.end, true))};
}

// A span kept for the diagnostics of `region`, in the current text. Its own
// spans start at or after the region's start in the Typer's text; others
// point into an earlier item, which must not have changed since.
std::optional<Span> IncrementalCheck::MapSpan(size_t region, Span span) const {
  size_t at = span.begin >= regions_[region].typer_start ? region : RegionAtTyper(span.begin);
  const Region& r = regions_[at];
  if (at != region && r.dirty) return std::nullopt;
  // An empty span (a fix-it's place to insert at) stays before text
  // inserted there, as its end does.
  return Span{static_cast<uint32_t>(span.begin + ShiftAt(at, span.begin, span.empty())),
              static_cast<uint32_t>(span.end + ShiftAt(at, span.end, true))};
}

bool IncrementalCheck::MapDiagnostic(size_t region, CheckedDiagnostic& d) const {
  auto map = [&](std::optional<Span>& span) {
    if (!span) return true;
    span = MapSpan(region, *span);
    return span.has_value();
  };
  if (!map(d.span)) return false;
  for (CheckedChild& c : d.children) {
    if (!map(c.span)) return false;
    if (c.fix)
      for (Edit& e : c.fix->edits) {
        std::optional<Span> s = e.span;
        if (!map(s)) return false;
        e.span = *s;
      }
  }
  return true;
}

std::vector<CheckedDiagnostic> MovedThroughEdit(
    const std::vector<CheckedDiagnostic>& diagnostics, const std::string& before,
    const std::string& after,
    const std::function<std::pair<size_t, size_t>(size_t, size_t)>& widen) {
  std::vector<CheckedDiagnostic> kept;
  // The changed range: [p, old_end) of `before` became [p, new_end).
  size_t old_n = before.size(), new_n = after.size(), limit = std::min(old_n, new_n);
  size_t p = 0;
  while (p < limit && before[p] == after[p]) ++p;
  size_t s = 0;
  while (s < limit - p && before[old_n - 1 - s] == after[new_n - 1 - s]) ++s;
  size_t old_end = old_n - s;
  int64_t delta = static_cast<int64_t>(new_n) - static_cast<int64_t>(old_n);
  // Not a structured binding: clang 14 (the fuzz build) does not let a
  // lambda capture one.
  std::pair<size_t, size_t> range =
      widen ? widen(p, old_end) : std::pair<size_t, size_t>(p, old_end);
  size_t from = range.first, to = range.second;
  auto moved = [&](std::optional<Span>& span) {
    if (!span) return true;
    if (span->end <= from) return true;  // before the edit
    if (span->begin >= to) {             // after it
      span = Span{static_cast<uint32_t>(span->begin + delta),
                  static_cast<uint32_t>(span->end + delta)};
      return true;
    }
    return false;
  };
  // A message that names a line is wrong once the edit has moved it.
  auto newlines = [](const std::string& t, size_t a, size_t b) {
    return std::count(t.begin() + static_cast<std::ptrdiff_t>(a),
                      t.begin() + static_cast<std::ptrdiff_t>(b), '\n');
  };
  bool lines_moved = newlines(before, p, old_end) != newlines(after, p, new_n - s);
  for (const CheckedDiagnostic& d : diagnostics) {
    if (d.mentions_line && lines_moved) continue;
    CheckedDiagnostic copy = d;
    bool ok = moved(copy.span);
    for (CheckedChild& c : copy.children) {
      ok = ok && moved(c.span);
      if (c.fix)
        for (Edit& e : c.fix->edits) {
          std::optional<Span> span = e.span;
          ok = ok && moved(span);
          if (ok) e.span = *span;
        }
    }
    if (ok) kept.push_back(std::move(copy));
  }
  return kept;
}

std::vector<CheckedDiagnostic> IncrementalCheck::KeptThrough(const std::string& text) const {
  if (syntax_error()) return {};
  std::vector<CheckedDiagnostic> others;
  for (const CheckedDiagnostic& d : diagnostics_)
    if (d.kind != DiagKind::SyntaxError) others.push_back(d);
  return MovedThroughEdit(others, text_, text, [this](size_t p, size_t old_end) {
    if (regions_.empty()) return std::pair<size_t, size_t>(p, old_end);
    // The items the edit touched.
    const Region& first = regions_[RegionAt(static_cast<uint32_t>(p))];
    const Region& last = regions_[RegionAt(static_cast<uint32_t>(old_end > p ? old_end - 1 : p))];
    return std::pair<size_t, size_t>(first.start, size_t{last.start} + last.length);
  });
}

}  // namespace mlhint::lsp
