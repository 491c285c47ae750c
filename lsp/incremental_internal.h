// Internal to IncrementalCheck (incremental*.cpp): the regions a document
// is cut into, one a structure item, and the state of its whole check.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "driver/pipeline.h"
#include "lsp/incremental.h"
#include "lsp/recheck.h"
#include "parser/parse.h"
#include "typing/itemwise.h"
#include "typing/typer.h"

namespace mlhint::lsp {

// A structure item and the text after it, up to the next item (the first
// region also holds what comes before the first item).
struct IncrementalCheck::Region {
  uint32_t typer_start = 0;  // where the region starts in the Typer's text
  uint32_t start = 0;        // ... in the current text
  uint32_t length = 0;       // its length in the current text
  uint32_t item_offset = 0;  // the item, from the region's start
  uint32_t item_length = 0;
  ast::ItemKind kind = ast::ItemKind::Eval;
  bool dirty = false;  // checked again alone since the whole check
  // The Typer's bindings for this item have other types than its current
  // text gives (the later items that use them are `retyped`).
  bool stale_types = false;
  bool error = false;
  // Typed again after an earlier item whose types changed (it uses them,
  // or has an error whose hints may name them): its diagnostics are those
  // of the environment with the new types, the Typer's types for it are
  // not (questions about it are stale; State::whole_regions has the whole
  // check's outcome).
  bool retyped = false;
  struct Outcome {
    std::vector<CheckedDiagnostic> now, delayed;
    bool error = false;
  };
  std::vector<typing::ValueId> binds;  // the values the Typer's item binds
  std::vector<typing::ValueId> uses;   // values of earlier items the current text uses
  std::vector<CheckedDiagnostic> lexical, now, delayed;
  // Edits that changed only blanks and comments since the whole check (the
  // tokens stay, and so does everything the Typer learnt): from each
  // Typer's offset `first` on, positions move by `second` more. An offset
  // that ends a span moves only when past `first` (text inserted right
  // after a name is not part of it).
  std::vector<std::pair<uint32_t, int64_t>> cuts;
};

struct IncrementalCheck::State {
  CheckOptions options;
  std::string name;
  // The whole check: its text, tree and Typer (absent when the text does not
  // parse or cannot be checked again item by item; then `analysis`).
  std::unique_ptr<SourceBuffer> source;
  ParseResult parsed;
  std::optional<ParseResult> interface;  // the implementation's interface file, parsed
  std::unique_ptr<pipeline::Checker> checker;
  typing::Typer* typer = nullptr;  // the checker's
  // Its items, checked one by one (absent with `analysis`).
  std::unique_ptr<typing::ItemwiseCheck> items;
  std::vector<typing::TypeClash> clashes;  // the whole check's
  std::unique_ptr<Analysis> analysis;
  // The regions as the whole check made them (TakeEditBack).
  std::vector<IncrementalCheck::Region> whole_regions;
  // The Typer's text with everything but its line ends blanked: what comes
  // before an item checked again.
  std::string blank;
  // The outline of the whole check, by region, in the Typer's offsets:
  // made at the first request (it prints every top-level type), kept for
  // the regions not checked again since.
  mutable std::optional<std::vector<std::vector<OutlineSymbol>>> outline;
};

}  // namespace mlhint::lsp
