// One structure item of the current unit typed as a transaction, kept or
// undone: what a session that checks piece by piece is built from (the
// toplevel's phrases, driver/toplevel.h). It is the Typer's friend, so
// that the front ends reach the checker's state through it only.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "parser/ast.h"
#include "typing/typer_state.h"

namespace mlhint::typing {

class Typer;

class ItemTransaction {
 public:
  // Begins before an item as the toplevel begins a phrase: the item has an
  // error limit of its own, and may define again the types, exceptions,
  // modules and module types that earlier items defined (it shadows them).
  explicit ItemTransaction(Typer& typer);
  ItemTransaction(const ItemTransaction&) = delete;
  ItemTransaction& operator=(const ItemTransaction&) = delete;
  // Undoes it unless it was kept or undone; drops what is left of its
  // diagnostics, unused checks and type clashes.
  ~ItemTransaction();

  // Types the item, reporting its errors.
  void Check(ast::Id item);
  // It reported an error (a warning made one is not counted).
  [[nodiscard]] bool HasErrors() const;
  // It reported an error, a warning made one, or used something refused.
  [[nodiscard]] bool Failed() const;
  // It used something refused earlier (abandoned without a diagnostic).
  [[nodiscard]] bool UsedRefused() const;
  // Its unused checks and the warnings of its `[@tailcall]`s.
  void RunLateChecks(ast::Id item);
  // What it defined, printed as the toplevel prints a phrase's signature.
  std::string SignatureText();
  // The type of its expression `e`, printed as the toplevel prints an
  // evaluated expression's (`- : t`).
  std::string EvaluationText(ast::Id e);
  // Its diagnostics, in order, moved out.
  std::vector<Diagnostic> TakeDiagnostics();

  void Keep();
  void Undo();
  // After Undo: the names `item` defines are bound to a refused module, so
  // that their uses are not errors again (`refused_inside`: it was refused,
  // not failed).
  void BindRefused(const ast::Item& item, bool refused_inside);

 private:
  Typer& typer_;
  Checkpoint checkpoint_;
  int silent_before_;
  size_t first_diagnostic_, first_sig_, first_delayed_;
  bool ended_ = false;
};

}  // namespace mlhint::typing
