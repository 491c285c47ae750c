// The toplevel session of `mlhint expect` (toplevel.h).

#include "driver/toplevel.h"

#include <algorithm>

#include "typing/item_transaction.h"

namespace mlhint::toplevel {

namespace {

// Toploop.execute_phrase: a phrase that is an expression, or `let _ = e`
// (not recursive, one binding, the pattern `_`, constrained or not), prints
// the expression's type as `- : t` (and its value, which mlhint does not
// compute); any other prints its signature.
ast::Id EvaluatedExpression(const ast::Ast& ast, ast::Id item) {
  const ast::Item& x = ast.items[item];
  if (x.kind == ast::ItemKind::Eval) return x.a;
  if (x.kind != ast::ItemKind::Value || (x.flags & ast::kRec) || x.list.size != 1)
    return ast::kNone;
  const ast::Binding& b = ast.bindings[ast.at(x.list, 0)];
  ast::Id p = b.pat;
  if (ast.pats[p].kind == ast::PatKind::Constraint) p = ast.pats[p].a;
  return ast.pats[p].kind == ast::PatKind::Any ? b.expr : ast::kNone;
}

}  // namespace

Phrase CheckPhrase(typing::Typer& typer, const ast::Ast& ast, ast::Id item) {
  typing::ItemTransaction phrase_typing(typer);
  phrase_typing.Check(item);
  Phrase phrase;
  // The toplevel runs the unused checks after each phrase that type-checks.
  if (!phrase_typing.HasErrors()) phrase_typing.RunLateChecks(item);
  // A phrase that fails (an error, or a warning made an error) defines
  // nothing, as in the toplevel.
  phrase.refused_use = phrase_typing.UsedRefused();
  phrase.error = phrase_typing.Failed();
  if (!phrase.error) {
    ast::Id evaluated = EvaluatedExpression(ast, item);
    phrase.signature = evaluated == ast::kNone ? phrase_typing.SignatureText()
                                               : phrase_typing.EvaluationText(evaluated);
  }
  phrase.diagnostics = phrase_typing.TakeDiagnostics();
  if (!phrase.error) {
    phrase_typing.Keep();
    return phrase;
  }
  phrase_typing.Undo();
  // A refused module definition is said once: its name stays bound, its
  // uses are not errors again. A module or module type that failed its
  // check is not defined, as in the toplevel.
  const ast::Item& it = ast.items[item];
  bool checked = it.kind == ast::ItemKind::ModuleType ||
                 (it.kind == ast::ItemKind::Module &&
                  (it.flags & (ast::kConstrained | ast::kModuleAlias | ast::kFunctor)));
  bool refused = phrase.refused_use ||
                 std::any_of(phrase.diagnostics.begin(), phrase.diagnostics.end(),
                             [](const Diagnostic& d) { return d.kind == DiagKind::Unsupported; });
  if (!checked || refused) phrase_typing.BindRefused(it, refused);
  return phrase;
}

}  // namespace mlhint::toplevel
