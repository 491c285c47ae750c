// Records of the typer's own state (typing/typer.h): what a checkpoint
// keeps to undo a structure item, the per-unit arrays swapped between the
// units of one environment, and the small records of application typing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "parser/ast.h"
#include "support/memory.h"
#include "support/span.h"
#include "support/undo_log.h"
#include "typing/ctype.h"
#include "typing/env.h"
#include "typing/messages.h"
#include "typing/printtyp.h"
#include "typing/review.h"
#include "typing/typer_types.h"
#include "typing/types.h"

namespace mlhint {
class SourceBuffer;
}

namespace mlhint::typing {

// What Typer::Speculate gives back: where the errors of the edited item
// would be, and the types of the expressions asked for.
struct Speculation {
  std::vector<Span> errors;
  std::vector<std::string> probe_types;
};

// An error being raised: its diagnostic, and the clash behind it if any.
struct TypeError {
  Diagnostic diagnostic;
  std::optional<TypeClash> clash;
};

// The variables a `let` bound.
struct LetResult {
  std::vector<PatVar> vars;
  std::vector<PatUnpack> unpacks;
};

// Speculation: everything a structure item can change, to undo it
// (Typer::Save, Rollback, Commit). The types, the environment's scopes,
// the levels and the names of weak variables have snapshots of their own;
// every other table and counter of the Typer is registered with its undo
// log (Typer::TrackUndoable), whose mark is `tables`.
struct Checkpoint {
  TypeStore::Snapshot store;
  Env::Mark env;
  UndoLog::Mark tables;
  Ctype::Levels levels;
  TypePrinter::WeakNames weak_names;
};

// Where the typing of a structure item began: what --max-errors keeps of
// its diagnostics is counted from there (Typer::KeepErrorsWithinLimit).
struct ItemStart {
  size_t diagnostics, clashes;
  int errors;
  bool warning_error;
};

// The per-program state (the file, or another unit typed in the same
// environment); swapped in and out by Typer::SwapUnit.
struct Unit {
  const SourceBuffer* source = nullptr;
  const ast::Ast* ast = nullptr;
  // Arrays indexed by node of the tree, as large as it (support/memory.h).
  ArenaVector<TypeId> expr_types, pat_types;
  ArenaVector<ConstrId> pat_constructors;
  ArenaVector<LabelId> record_field_labels;  // of Ast::record_fields
  ArenaVector<LabelId> record_pat_labels;    // of Ast::record_pat_fields
  std::vector<bool> apply_is_raise;
  ArenaVector<ValueId> ident_values;
  std::vector<ast::Id> guard_of_pat;
};

// An argument's or parameter's label as the types have it.
struct ArgLabelInfo {
  ArrowLabel kind = ArrowLabel::None;
  uint32_t name = kNoName;
};
// An argument of an application, with its label.
struct SArg {
  ast::Id expr;
  ArgLabelInfo label;
};

class Typer;
// The warning attributes of an expression, a binding, an item, a type
// expression, a pattern, a constructor, a field or a type declaration, in
// force for as long as it lives (OCaml's Builtin_attributes.warning_scope;
// typer_warnings.cpp).
class WarningScope {
 public:
  enum class On : uint8_t { Expr, Binding, Item, Type, Pat, Constructor, Label, TypeDecl };
  WarningScope(Typer& typer, On on, ast::Id id);
  ~WarningScope();
  WarningScope(const WarningScope&) = delete;
  WarningScope& operator=(const WarningScope&) = delete;

 private:
  Typer& typer_;
  size_t saved_ = SIZE_MAX;  // SIZE_MAX: nothing changed
};

// A name bound by a `let` of functions being defined without `rec`: an
// unbound use of one gets OCaml's "add the 'rec' keyword" hint.
struct GhostRec {
  std::string_view name;
  Span let_loc;
};

}  // namespace mlhint::typing
