// What the programmer most likely meant, for the errors of a structure
// item (HINTS.md).
//
// The hint engine is the pipeline's hint stage (driver/pipeline.h): for
// each item with errors it is called with the checker put back where it was
// before the item (typing::ItemReviewer), and
//  1. tries the core hints at each type clash (core_hints.h);
//  2. for the item's first type error, searches the expressions that could
//     be the mistake (blame_search.h), tries the repair rules at each
//     (repairs.def) and ranks what verifies (rank.h);
//  3. returns, per error, the hints to attach: a repair with its fix-it, or
//     else a located hint at the likeliest expression (no fix-it); and
//     folds into the first error the item's other errors that the first
//     error's fix-it also removes (one mistake, one diagnostic).
// Every fix-it is clean: applied, the whole item type-checks.
#pragma once

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "parser/ast.h"
#include "typing/typer.h"

namespace mlhint::hints {

// The stable ids of the hints the engine can give (Child::hint_id).
inline constexpr std::string_view kHintIds[] = {
#define HINT(Name, id, what) id,
#include "hints/hint_ids.def"
#undef HINT
};

// What the engine says: everything (the default); exactly what ocamlc
// prints (OCaml's own hints, with their fix-its where clean); nothing.
enum class HintLevel : uint8_t { All, Ocaml, None };

// The library's modules that a repair may name (`Int32.add` for `+`):
// the prelude of a checked program must hold them (Prelude::ForProgram).
std::vector<std::string_view> ModulesNamedByRepairs();

// How many re-typings one item's errors may cost.
inline constexpr int kItemBudget = 400;

// Up to this many bytes from an item in error to the end of the file, a
// repair is weighed by the errors it leaves in the later items too (they
// use the names the item defines): its hints depend on those items' text.
inline constexpr uint32_t kLaterItemsBytes = 64 * 1024;

class HintEngine {
 public:
  explicit HintEngine(HintLevel level = HintLevel::All) : level_(level) {}
  void SetLevel(HintLevel level) { level_ = level; }
  HintLevel level() const { return level_; }

  // The hints for an item's errors, and the item as its first error's
  // clean fix-it makes it (the checker goes on from there). It speaks to
  // the checker through Typer::Speculate and what the checker recorded.
  typing::ItemReview Advise(const std::vector<typing::TypeClash>& errors,
                            const typing::ItemErrors& item, typing::Typer& typer);
  // Whether the searches of the tree checked last have spent half their
  // budget or more: another search's cost may then decide whether a later
  // item's errors are searched at all.
  bool BudgetHalfSpent() const { return spent_ >= kTreeBudget / 2; }

 private:
  typing::ItemReview Search(const std::vector<typing::TypeClash>& errors,
                            const typing::ItemErrors& item, typing::Typer& typer);
  // Computed once per tree (the serial says which).
  void Prepare(const ast::Ast& tree);
  HintLevel level_;
  uint64_t prepared_for_ = 0;
  // The search's cost in one check of a tree, in bytes re-typed (each try
  // counted at least kTryCost: a try has a cost of its own, whatever the
  // item's size). Each item's search is bounded (kItemBudget), but a file
  // of a hundred thousand errors would still take minutes: past
  // kTreeBudget, errors get OCaml's message and hints without a search.
  static constexpr int64_t kTryCost = 2048;
  static constexpr int64_t kTreeBudget = int64_t{32} << 20;
  int64_t spent_ = 0;
  std::vector<ast::Id> parents_;
  std::unordered_map<uint32_t, ast::Id> let_names_;
  std::unordered_set<uint32_t> annotated_;
};

}  // namespace mlhint::hints
