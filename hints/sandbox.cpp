#include "hints/sandbox.h"

#include <algorithm>

#include "parser/parse.h"

namespace mlhint::hints {

std::optional<ItemSandbox::Outcome> ItemSandbox::Try(std::vector<Edit> edits,
                                                     const std::vector<Probe>& probes,
                                                     std::optional<Span> region) {
  if (used_ >= budget_) return std::nullopt;
  ++used_;
  Span item = region.value_or(item_.item);
  std::vector<uint32_t> placed;  // where each replacement starts in `text`
  std::optional<std::string> text = EditedText(source_, item, edits, &placed);
  if (!text) return std::nullopt;
  if (item.size() > item_.item.size()) extra_bytes_ += item.size() - item_.item.size();
  std::vector<Span> probe_spans;
  for (const Probe& p : probes) {
    if (p.edit >= edits.size()) return std::nullopt;
    uint32_t begin = placed[p.edit] + p.offset;
    probe_spans.push_back(Span{begin, begin + p.length});
  }
  SourceBuffer edited("speculation", std::move(*text));
  ParseResult parsed = Parse(edited);
  if (parsed.error) return std::nullopt;
  std::optional<typing::Typer::Speculation> s = typer_.Speculate(edited, parsed.ast, probe_spans);
  if (!s) return std::nullopt;
  return Outcome{std::move(s->errors), std::move(s->probe_types)};
}

std::optional<std::string> EditedText(const SourceBuffer& source, Span region,
                                      const std::vector<Edit>& edits,
                                      std::vector<uint32_t>* placed) {
  std::vector<size_t> order(edits.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return edits[a].span.begin < edits[b].span.begin; });
  std::string text;
  if (placed) placed->assign(edits.size(), 0);
  uint32_t at = region.begin;
  for (size_t i : order) {
    const Edit& e = edits[i];
    if (e.span.begin < at || e.span.end > region.end) return std::nullopt;
    text.append(source.text().substr(at, e.span.begin - at));
    if (placed) (*placed)[i] = static_cast<uint32_t>(text.size());
    text += e.replacement;
    at = e.span.end;
  }
  text.append(source.text().substr(at, region.end - at));
  return text;
}

std::shared_ptr<const typing::RepairedItem> RepairedItem(const SourceBuffer& source, Span region,
                                                         const std::vector<Edit>& edits) {
  std::optional<std::string> text = EditedText(source, region, edits);
  if (!text) return nullptr;
  auto repaired =
      std::make_shared<typing::RepairedItem>(SourceBuffer("repaired", std::move(*text)));
  ParseResult parsed = Parse(repaired->source);
  if (parsed.error) return nullptr;
  repaired->tree = std::move(parsed.ast);
  return repaired;
}

}  // namespace mlhint::hints
