// What the editor's session gets back from the checker: the outcomes per
// item of the language server's checks (typer_editor.cpp).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "typing/env.h"
#include "typing/review.h"
#include "typing/types.h"

namespace mlhint::typing {

// The editor's checks: the file item by item (Typer::CheckByItem), then an
// edited item again, alone (Typer::RecheckItem).
struct ItemOutcome {
  std::vector<Diagnostic> diagnostics;  // in print order
  std::vector<Diagnostic> delayed;      // unused checks: printed when the file has no error
  bool error = false;
  std::vector<TypeClash> clashes;  // RecheckItem: the item's type clashes (for an editor's hover)
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

// What RecheckItem learnt of an item typed again alone.
struct Rechecked {
  bool same_names = false;    // it binds the same values as item `index` did
  bool same_types = false;    // ... with the same types
  bool weak = false;          // either has a type variable that cannot be generalised
  std::vector<ValueId> uses;  // the values its identifiers refer to
  // The values named by the identifiers its type errors are on: a hint
  // may point at their bindings (and re-type from there).
  std::vector<ValueId> clash_values;
  // When its values changed and a RecheckChain was given: whether every
  // later item the chain named could be typed again (false: one binds other
  // names, a type variable that cannot be generalised, or is not a value).
  bool dependents_typed = true;
};

// The later items that an item typed again alone (RecheckItem) makes
// typed again too when its values changed (their types, or which names it
// binds): in the environment before each of them where those values (and
// the values of the later items typed again, when theirs changed too)
// are the new ones. Values are named by the ids the file's check gave them.
struct RecheckChain {
  // The next item to type again after item `after`, given the values whose
  // types changed or that are bound no more, and the names bound anew;
  // nullopt when there is none.
  std::function<std::optional<size_t>(size_t after, const std::vector<ValueId>& changed,
                                      const std::vector<std::string>& added)>
      next;
  // Its outcome (while the types its messages print exist), and whether
  // one of its type errors is on an identifier naming a value of an
  // earlier item (a hint may point at that binding).
  std::function<void(size_t index, ItemOutcome& outcome, bool clash_on_earlier)> use;
};
}  // namespace mlhint::typing
