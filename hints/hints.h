// What the programmer most likely meant, for a type error (HINTS.md).
//
// The hint engine is a ClashObserver: the type checker calls it for each
// type clash with the checker put back where it was before the structure
// item, and the engine proposes edits, keeps those that, applied and
// re-typed, remove the error (Typer::SpeculateItem), and returns them as
// hints with their fix-its. Nothing is hard-wired to names: an operator or
// `!` is proposed only if the environment says it is the prelude's, and the
// re-typing is the final word.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "parser/ast.h"
#include "typing/typer.h"

namespace mlhint::hints {

// The stable ids of the hints the engine can give (Child::hint_id).
// The last three are OCaml's own hints, printed as part of its message.
inline constexpr std::string_view kHintIds[] = {"int-literal-suffix", "numeric-operator", "ref-dereference",
                                                 "ref-create",         "spelling",         "provide-unit-argument",
                                                 "wrap-in-fun-unit"};

class HintEngine final : public typing::ClashObserver {
 public:
  std::vector<Child> OnClash(const typing::TypeClash& clash, const typing::ItemErrors& item,
                             typing::Typer& typer) override;

 private:
  // The parent of each expression of the file (for the operator whose
  // operand is in error), computed on first use.
  const std::vector<ast::Id>& Parents(const ast::Ast& tree);
  uint64_t parents_of_ = 0;  // the serial of the tree parents_ describes
  std::vector<ast::Id> parents_;
  // The `let` bindings of the file whose pattern is a name alone, by where
  // the name starts (for the hint that makes a binding a reference),
  // computed on first use.
  const std::unordered_map<uint32_t, ast::Id>& LetNames(const ast::Ast& tree);
  uint64_t let_names_of_ = 0;  // the serial of the tree let_names_ describes
  std::unordered_map<uint32_t, ast::Id> let_names_;
};

}  // namespace mlhint::hints
