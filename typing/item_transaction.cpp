// One structure item typed as a transaction (item_transaction.h).

#include "typing/item_transaction.h"

#include <utility>

#include "support/format.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

ItemTransaction::ItemTransaction(Typer& typer) : typer_(typer) {
  // Its own error limit; the names it defines may repeat earlier ones.
  typer_.errors_ = 0;
  typer_.out_.warning_error = false;
  typer_.defined_types_.resize(0);
  typer_.defined_exceptions_.resize(0);
  typer_.defined_modules_.resize(0);
  typer_.defined_module_types_.resize(0);
  checkpoint_ = typer_.Save();
  silent_before_ = typer_.silent_failures_;
  first_diagnostic_ = typer_.out_.diagnostics.size();
  first_sig_ = typer_.sig_.size();
  first_delayed_ = typer_.delayed_.size();
}

ItemTransaction::~ItemTransaction() {
  if (!ended_) Undo();
  typer_.delayed_.resize(first_delayed_);
  typer_.out_.diagnostics.resize(first_diagnostic_);
  typer_.out_.clashes.clear();
}

void ItemTransaction::Check(ast::Id item) {
  typer_.CheckItem(item);
}

bool ItemTransaction::HasErrors() const {
  return typer_.errors_ > 0;
}

bool ItemTransaction::Failed() const {
  return HasErrors() || typer_.out_.warning_error || UsedRefused();
}

bool ItemTransaction::UsedRefused() const {
  return typer_.silent_failures_ != silent_before_;
}

void ItemTransaction::RunLateChecks(ast::Id item) {
  for (size_t i = first_delayed_; i < typer_.delayed_.size(); ++i) typer_.delayed_[i]();
  typer_.WarnTailcalls(item);
}

std::string ItemTransaction::SignatureText() {
  return typer_.SignatureText(first_sig_, false);
}

std::string ItemTransaction::EvaluationText(ast::Id e) {
  // Oprint's Ophr_eval: "@[- : %a@ =@ %a@]", the type a scheme
  // (Printtyp.tree_of_type_scheme), its variables named as a value's are.
  TypePrinter& printer = *typer_.printer_;
  printer.BeginNaming();
  OutType type = printer.SchemeTree(typer_.expr_types_[e]);
  printer.ApplyNaming(type);
  printer.EndNaming();
  std::string text;
  fmt::Formatter ppf(text);
  ppf.open_box(0);
  ppf.print_string("- : ");
  PrintOutType(ppf, type);
  ppf.close_box();
  ppf.print_newline();
  return text;
}

std::vector<Diagnostic> ItemTransaction::TakeDiagnostics() {
  std::vector<Diagnostic>& all = typer_.out_.diagnostics;
  std::vector<Diagnostic> mine;
  for (size_t i = first_diagnostic_; i < all.size(); ++i) mine.push_back(std::move(all[i]));
  all.resize(first_diagnostic_);
  return mine;
}

void ItemTransaction::Keep() {
  typer_.Commit(checkpoint_);
  ended_ = true;
}

void ItemTransaction::Undo() {
  typer_.Rollback(checkpoint_);
  typer_.sig_.resize(first_sig_);
  ended_ = true;
}

void ItemTransaction::BindRefused(const ast::Item& item, bool refused_inside) {
  typer_.BindRefusedModule(item, refused_inside);
}

}  // namespace mlhint::typing
