// The toplevel session of `mlhint expect`: one unit after another, each
// phrase checked and its value printed as the OCaml toplevel prints it.

#include <algorithm>

#include "support/format.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

// ---------------------------------------------------------------- toplevel

void Typer::BeginUnit(const SourceBuffer& source, const ast::Ast& ast, int line_offset) {
  line_offset_ = line_offset;
  unit_lines_.push_back(ToplevelUnit{1 - line_offset, line_offset, &source});
  Unit unit = NewUnit(source, ast);
  SwapUnit(unit);
  origin_of_var_.clear();  // expression ids of another unit
  value_origin_.clear();
}

Typer::Phrase Typer::CheckToplevelItem(ast::Id item) {
  // Each phrase is checked afresh: its own error limit; names may repeat
  // those of earlier phrases (the toplevel shadows them).
  errors_ = 0;
  out_.warning_error = false;
  defined_types_.resize(0);
  defined_exceptions_.resize(0);
  defined_modules_.resize(0);
  defined_module_types_.resize(0);
  Checkpoint cp = Save();
  int silent_before = silent_failures_;
  size_t first_diagnostic = out_.diagnostics.size(), first_sig = sig_.size(),
         first_delayed = delayed_.size();
  CheckItem(item);
  Phrase phrase;
  if (errors_ == 0) {
    // The toplevel runs the unused checks after each phrase.
    for (size_t i = first_delayed; i < delayed_.size(); ++i) delayed_[i]();
    WarnTailcalls(item);
  }
  // A phrase that fails (an error, or a warning made an error) defines
  // nothing, as in the toplevel.
  phrase.refused_use = silent_failures_ != silent_before;
  phrase.error = errors_ > 0 || out_.warning_error || phrase.refused_use;
  if (!phrase.error) {
    ast::Id evaluated = EvaluatedExpression(item);
    phrase.signature =
        evaluated == ast::kNone ? SignatureText(first_sig, false) : EvalText(evaluated);
  }
  for (size_t i = first_diagnostic; i < out_.diagnostics.size(); ++i)
    phrase.diagnostics.push_back(std::move(out_.diagnostics[i]));
  if (phrase.error) {
    Rollback(cp);
    sig_.resize(first_sig);
    // A refused module definition is said once: its name stays bound, its
    // uses are not errors again. A module or module type that failed its
    // check is not defined, as in the toplevel.
    const ast::Item& it = ast_->items[item];
    bool checked = it.kind == ast::ItemKind::ModuleType ||
                   (it.kind == ast::ItemKind::Module &&
                    (it.flags & (ast::kConstrained | ast::kModuleAlias | ast::kFunctor)));
    bool refused = phrase.refused_use ||
                   std::any_of(phrase.diagnostics.begin(), phrase.diagnostics.end(),
                               [](const Diagnostic& d) { return d.kind == DiagKind::Unsupported; });
    if (!checked || refused) BindRefusedModule(it, refused);
  } else {
    Commit(cp);
  }
  delayed_.resize(first_delayed);
  out_.diagnostics.resize(first_diagnostic);
  out_.clashes.clear();
  return phrase;
}

// Toploop.execute_phrase: a phrase that is an expression, or `let _ = e`
// (not recursive, one binding, the pattern `_`, constrained or not), prints
// the expression's type as `- : t` (and its value, which mlhint does not
// compute); any other prints its signature.
ast::Id Typer::EvaluatedExpression(ast::Id item) const {
  const ast::Item& x = ast_->items[item];
  if (x.kind == ast::ItemKind::Eval) return x.a;
  if (x.kind != ast::ItemKind::Value || (x.flags & ast::kRec) || x.list.size != 1)
    return ast::kNone;
  const ast::Binding& b = ast_->bindings[ast_->at(x.list, 0)];
  ast::Id p = b.pat;
  if (ast_->pats[p].kind == ast::PatKind::Constraint) p = ast_->pats[p].a;
  return ast_->pats[p].kind == ast::PatKind::Any ? b.expr : ast::kNone;
}

std::string Typer::EvalText(ast::Id e) {
  // Oprint's Ophr_eval: "@[- : %a@ =@ %a@]", the type a scheme (Printtyp.tree_of_type_scheme).
  // Its names as a value's are (SignatureItems).
  printer_->BeginNaming();
  OutType type = printer_->SchemeTree(expr_types_[e]);
  printer_->ApplyNaming(type);
  printer_->EndNaming();
  std::string text;
  fmt::Formatter ppf(text);
  ppf.open_box(0);
  ppf.print_string("- : ");
  PrintOutType(ppf, type);
  ppf.close_box();
  ppf.print_newline();
  return text;
}

}  // namespace mlhint::typing
