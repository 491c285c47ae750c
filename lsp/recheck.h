// An edited item typed again alone, in the place of the item it replaces
// in a file checked item by item (typing::ItemwiseCheck), and the later
// items that depend on it: what lsp/incremental.cpp builds an edit's check
// from.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parser/ast.h"
#include "support/source.h"
#include "typing/itemwise.h"

namespace mlhint::lsp {

// What RecheckItem learnt of an item typed again alone.
struct Rechecked {
  bool same_names = false;            // it binds the same values as item `index` did
  bool same_types = false;            // ... with the same types
  bool weak = false;                  // either has a type variable that cannot be generalised
  std::vector<typing::ValueId> uses;  // the values its identifiers refer to
  // The values named by the identifiers its type errors are on: a hint
  // may point at their bindings (and re-type from there).
  std::vector<typing::ValueId> clash_values;
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
  std::function<std::optional<size_t>(size_t after, const std::vector<typing::ValueId>& changed,
                                      const std::vector<std::string>& added)>
      next;
  // Its outcome (while the types its messages print exist), and whether
  // one of its type errors is on an identifier naming a value of an
  // earlier item (a hint may point at that binding).
  std::function<void(size_t index, typing::ItemOutcome& outcome, bool clash_on_earlier)> use;
};

// Types `item` of `ast` (parsed from `source`, both alive during the call)
// in the environment as it was before item `index` of the file `items`
// checked, hands its outcome (and those of the later items `chain` types
// again) to `use` while their types exist, and undoes everything. nullopt
// when that item or this one is not one binding values (or, with a chain,
// both type declarations), or the file's items cannot be typed alone.
std::optional<Rechecked> RecheckItem(typing::ItemwiseCheck& items, size_t index,
                                     const SourceBuffer& source, const ast::Ast& ast, ast::Id item,
                                     const std::function<void(typing::ItemOutcome&)>& use,
                                     const RecheckChain* chain = nullptr);

}  // namespace mlhint::lsp
