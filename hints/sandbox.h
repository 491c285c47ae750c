// The structure item in error, and the speculative re-typing of edited
// versions of it (Typer::Speculate): every repair and every blame candidate
// is judged by typing the item again with an edit applied. A budget bounds
// the re-typings one item may cost.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "typing/typer.h"

namespace mlhint::hints {

// A part of an edit's replacement whose type is wanted: `length` bytes from
// `offset` in the replacement of edit `edit`.
struct Probe {
  size_t edit = 0;
  uint32_t offset = 0;
  uint32_t length = 0;
};

class ItemSandbox {
 public:
  // At most `budget` re-typings, and at most about kBytesBudget bytes
  // re-typed in all (a large item gets fewer tries: each costs its size).
  ItemSandbox(typing::Typer& typer, const typing::ItemErrors& item, int budget)
      : typer_(typer),
        source_(typer.source()),
        item_(item),
        budget_(std::min<int64_t>(
            budget,
            std::max<int64_t>(kMinTries, kBytesBudget / std::max<uint32_t>(1, item.item.size())))) {
  }

  static constexpr int64_t kBytesBudget = 512 * 1024;
  static constexpr int64_t kMinTries = 16;

  struct Outcome {
    std::vector<Span> errors;  // in the edited item's text
    std::vector<std::string> probe_types;
  };
  // The item typed with `edits` (spans of the file, not overlapping, inside
  // `region`, the item by default) applied; nullopt when the budget is
  // spent, an edit is out of place, or the edited text does not parse.
  std::optional<Outcome> Try(std::vector<Edit> edits, const std::vector<Probe>& probes = {},
                             std::optional<Span> region = std::nullopt);
  // Applied, does the whole item type-check? (HINTS.md's clean rule: no
  // error of the item is left, so none was moved elsewhere in it.)
  bool Clean(const std::vector<Edit>& edits, std::optional<Span> region = std::nullopt) {
    std::optional<Outcome> o = Try(edits, {}, region);
    return o && o->errors.empty();
  }

  bool Exhausted() const { return used_ >= budget_; }
  int used() const { return used_; }
  // Bytes re-typed beyond the item's own size, by tries over a larger
  // region (an earlier item, or the rest of the file).
  int64_t extra_bytes() const { return extra_bytes_; }
  const typing::ItemErrors& item() const { return item_; }
  typing::Typer& typer() { return typer_; }

 private:
  typing::Typer& typer_;
  const SourceBuffer& source_;
  const typing::ItemErrors& item_;
  int budget_;
  int used_ = 0;
  int64_t extra_bytes_ = 0;
};

// The text of `region` of `source` with `edits` (spans of the file) applied;
// nullopt when two overlap or one is outside the region. `placed`, when
// given, gets where each replacement starts in the text.
std::optional<std::string> EditedText(const SourceBuffer& source, Span region,
                                      const std::vector<Edit>& edits,
                                      std::vector<uint32_t>* placed = nullptr);

// The item `region` of `source` with `edits` applied, parsed: what the
// checker is to go on with (typing::ItemReview::continue_as). Null when
// the edits do not apply or the text does not parse.
std::shared_ptr<const typing::RepairedItem> RepairedItem(const SourceBuffer& source, Span region,
                                                         const std::vector<Edit>& edits);

// The text a hole takes: an expression of a fresh type, so that whatever
// its context needs, it has. (At a `let`, its type is generalised, as any
// expression's whose variable is only in covariant positions: the hole
// then fits uses of the name at different types.)
inline constexpr std::string_view kHole = "(assert false)";

}  // namespace mlhint::hints
