// A repair rule: a small, general edit that novices make and undo, proposed
// at a blame candidate and kept only if, applied, the item type-checks
// (ItemSandbox::Clean). Rules name no identifier of any program: only the
// prelude's values (checked to be the prelude's) and the program's types.
// Adding a rule: a rule_NAME.cpp defining NAMERule(), and a line in
// repairs.def.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "parser/ast.h"
#include "typing/typer.h"

namespace mlhint::hints {

struct RepairSite {
  ast::Id expr;  // the candidate
  const ast::Ast& tree;
  const SourceBuffer& source;
  typing::Typer& typer;
  const std::vector<ast::Id>& parents;
  const std::string& context_type;  // what the hole at `expr` was given

  std::string Text(ast::Id e) const { return std::string(source.Slice(tree.exprs[e].span)); }
  ast::Id Parent(ast::Id e) const { return e < parents.size() ? parents[e] : ast::kNone; }
  // Is `name` (as written) the prelude's value Stdlib.`name` here?
  bool IsPrelude(std::string_view name, std::string_view path) const;
  // Is expression `e` an identifier bound to the prelude's value `path`?
  bool IsPreludeValue(ast::Id e, std::string_view path) const;
};

struct Repair {
  std::string_view rule;  // its hint id
  std::vector<Edit> edits;
  std::string message;  // "Hint: ..." (the first line of the hint)
  Span span;            // where the hint points
  Applicability applicability = Applicability::MaybeIncorrect;
  int cost = 1;  // the smaller the likelier
  // The edit is one replacement whose result must not be a function: an
  // application left partial type-checks anywhere a value of its type is
  // taken, which is no repair.
  bool not_a_function = false;
  // A one-token edit whose verification is evidence enough on its own (a
  // suffix, a `!`, an operator's dot): tried at the lesser candidates too
  // when none verifies at the best ones.
  bool anywhere = false;
};

// Is `type` (as printed) a function type?
bool IsFunctionType(std::string_view type);

// Is `type` (as printed) a type variable alone (the context takes anything)?
bool IsTypeVariable(std::string_view type);

class RepairRule {
 public:
  virtual ~RepairRule() = default;
  virtual void Propose(const RepairSite& site, std::vector<Repair>& out) const = 0;
};

// The rules, in the order of repairs.def.
const std::vector<const RepairRule*>& RepairRules();

#define REPAIR(Name, id, what) const RepairRule& Name##Rule();
#include "hints/repairs.def"
#undef REPAIR

// A hint of mlhint's own: its stable id, its text, where it points, and its
// fix-it if any.
Child HintChild(std::string_view id, std::string text, std::optional<Span> span,
                std::optional<FixIt> fix);

// `shown` as the hint quotes code: on one line, at most 40 bytes.
std::string Quoted(std::string_view code);

}  // namespace mlhint::hints
