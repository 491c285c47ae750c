#include "hints/sandbox.h"

#include <algorithm>

namespace mlhint::hints {

std::optional<ItemSandbox::Outcome> ItemSandbox::Try(std::vector<Edit> edits,
                                                     const std::vector<Probe>& probes,
                                                     std::optional<Span> region) {
  if (used_ >= budget_) return std::nullopt;
  ++used_;
  Span item = region.value_or(item_.item);
  std::vector<size_t> order(edits.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return edits[a].span.begin < edits[b].span.begin; });
  std::string text;
  std::vector<uint32_t> placed(edits.size());  // where each replacement starts in `text`
  uint32_t at = item.begin;
  for (size_t i : order) {
    const Edit& e = edits[i];
    if (e.span.begin < at || e.span.end > item.end) return std::nullopt;  // overlapping or outside
    text.append(source_.text().substr(at, e.span.begin - at));
    placed[i] = static_cast<uint32_t>(text.size());
    text += e.replacement;
    at = e.span.end;
  }
  text.append(source_.text().substr(at, item.end - at));
  if (item.size() > item_.item.size()) extra_bytes_ += item.size() - item_.item.size();
  std::vector<Span> probe_spans;
  for (const Probe& p : probes) {
    if (p.edit >= edits.size()) return std::nullopt;
    uint32_t begin = placed[p.edit] + p.offset;
    probe_spans.push_back(Span{begin, begin + p.length});
  }
  std::optional<typing::Typer::Speculation> s = typer_.Speculate(text, probe_spans);
  if (!s) return std::nullopt;
  return Outcome{std::move(s->errors), std::move(s->probe_types)};
}

}  // namespace mlhint::hints
