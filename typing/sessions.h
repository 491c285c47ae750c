// What the editor's session gets back from the checker: the outcomes per
// item of the language server's checks (itemwise.h).
#pragma once

#include <vector>

#include "diagnostics/diagnostic.h"
#include "typing/env.h"
#include "typing/review.h"
#include "typing/types.h"

namespace mlhint::typing {

// The editor's checks: the file item by item (ItemwiseCheck::CheckFile),
// then an edited item again, alone (ItemwiseCheck::Place::Type).
struct ItemOutcome {
  std::vector<Diagnostic> diagnostics;  // in print order
  std::vector<Diagnostic> delayed;      // unused checks: printed when the file has no error
  bool error = false;
  std::vector<TypeClash> clashes;  // an item typed alone: its type clashes (for an editor's hover)
};
struct FileOutcome {
  std::vector<ItemOutcome> items;  // one per structure item
  // What Check() reports after the items when none has an error: warning
  // 70, then the weak-variable error, or with an interface file, how the
  // items match it (after_error).
  std::vector<Diagnostic> after;
  bool after_error = false;
  // The first item that binds a value with a type variable that cannot be
  // generalised (items.size() if none): later items may determine it, so
  // from there on the Typer's state is not the state before each item.
  size_t first_weak_item = 0;
  // A library module outside the subset or a construct was said not
  // supported: at its first use only, so an item typed alone would not say
  // it as the whole check does.
  bool refusals_said = false;
  // The type clashes of every item, as the file was checked (an editor's
  // hover shows the type an erroneous expression has and the one its
  // context expected).
  std::vector<TypeClash> clashes;
};

}  // namespace mlhint::typing
