// Warning 51: an application whose function carries `[@tailcall]` that is
// not in tail position, or `[@tailcall false]` that is. OCaml gives it when
// it translates the program (Simplif.emit_tail_infos over the Lambda code),
// after the typing: here over the tree, with the positions the translation
// gives each construct. (Not for `-i`, which ocamlc stops before
// translating.)

#include <algorithm>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

using ast::ExprKind;

void Typer::WarnTailcalls(ast::Id item, bool top) {
  if (options_.signature) return;
  // Translattribute first, as it translates: an unread payload (47).
  const ast::Item& it = ast_->items[item];
  if (top && !ast_->tail_payload_errors.empty()) {
    std::vector<std::pair<ast::Id, Span>> bad;
    for (const auto& [apply, name] : ast_->tail_payload_errors)
      if (ast_->exprs[apply].span.begin >= it.span.begin &&
          ast_->exprs[apply].span.end <= it.span.end)
        bad.emplace_back(apply, name);
    std::sort(bad.begin(), bad.end(),
              [](const auto& a, const auto& b) { return a.second.begin < b.second.begin; });
    for (const auto& [apply, name] : bad)
      Warn(47, name,
           "illegal payload for attribute '" + std::string(source_->Slice(name)) +
               "'.\nOnly an optional boolean literal is supported.");
  }
  if (ast_->tail_expectations.empty() || !WarningActive(51)) return;
  switch (it.kind) {
    case ast::ItemKind::Value:
      for (ast::Id b : ListOf(it.list)) WarnTailcallsIn(ast_->bindings[b].expr, false);
      break;
    case ast::ItemKind::Eval:
      // The toplevel's phrase is the expression itself; a unit's is a
      // sequence of its items.
      WarnTailcallsIn(it.a, !unit_lines_.empty());
      break;
    case ast::ItemKind::Module:
    case ast::ItemKind::Include:  // `include struct ... end`'s items
      // (`module M : S = F (struct ... end)`: the application's.)
      if (it.kind == ast::ItemKind::Module && (it.flags & ast::kConstrainedApp))
        WarnTailcalls(it.a, false);
      for (ast::Id sub : ListOf(it.list)) WarnTailcalls(sub, false);
      break;
    default:
      break;
  }
}

void Typer::WarnTailcallsIn(ast::Id e, bool tail) {
  if (e == ast::kNone) return;
  const ast::Expr& x = ast_->exprs[e];
  auto cases = [&](ast::ListRef list, bool bodies_tail) {
    for (ast::Id c : ListOf(list)) {
      WarnTailcallsIn(ast_->cases[c].guard, false);
      WarnTailcallsIn(ast_->cases[c].body, bodies_tail);
    }
  };
  switch (x.kind) {
    case ExprKind::Apply: {
      auto expected = ast_->tail_expectations.find(e);
      if (expected != ast_->tail_expectations.end() && expected->second != tail)
        Warn(51, x.span, tail ? "expected non-tailcall" : "expected tailcall");
      // `a && b`, `a || b`: the second operand is in the position of the
      // whole (Psequand, Psequor).
      bool sequential = false;
      const ast::Expr& f = ast_->exprs[x.a];
      if (f.kind == ExprKind::Ident && IdentValue(x.a) < env_->prelude_values.size()) {
        std::string_view name = ast_->LastName(f.a);
        sequential = name == "&&" || name == "||" || name == "&" || name == "or";
      }
      WarnTailcallsIn(x.a, false);
      std::vector<ast::Id> args = ListOf(x.list);
      for (size_t i = 0; i < args.size(); ++i)
        WarnTailcallsIn(args[i], sequential && i + 1 == args.size() && tail);
      return;
    }
    case ExprKind::Fun:
      if (x.c != ast::kNone) WarnTailcallsIn(ast_->arg_labels[x.c].default_expr, false);
      WarnTailcallsIn(x.b, true);
      return;
    case ExprKind::Function:
      cases(x.list, true);
      return;
    case ExprKind::Let:
      for (ast::Id b : ListOf(x.list)) WarnTailcallsIn(ast_->bindings[b].expr, false);
      WarnTailcallsIn(x.a, tail);
      return;
    case ExprKind::Match:
    case ExprKind::Try:  // the handlers, not the body
      WarnTailcallsIn(x.a, false);
      cases(x.list, tail);
      return;
    case ExprKind::IfThenElse:
      WarnTailcallsIn(x.a, false);
      WarnTailcallsIn(x.b, tail);
      WarnTailcallsIn(x.c, tail);
      return;
    case ExprKind::Sequence:
      WarnTailcallsIn(x.a, false);
      WarnTailcallsIn(x.b, tail);
      return;
    case ExprKind::Constraint:
      WarnTailcallsIn(x.a, tail);
      return;
    case ExprKind::LocalOpen:
    case ExprKind::LetException:
      WarnTailcallsIn(x.b, tail);
      return;
    case ExprKind::LetModule:
      for (ast::Id sub : ListOf(ast_->items[x.a].list)) WarnTailcalls(sub, false);
      WarnTailcallsIn(x.b, tail);
      return;
    case ExprKind::NewType:
      WarnTailcallsIn(x.a, tail);
      return;
    case ExprKind::LetOp:
      // The operator applied to the expressions and to `fun p -> body`.
      for (ast::Id b : ListOf(x.list)) {
        WarnTailcallsIn(ast_->bindings[b].op, false);
        WarnTailcallsIn(ast_->bindings[b].expr, false);
      }
      WarnTailcallsIn(x.a, true);
      return;
    case ExprKind::Lazy:
      // A suspension is a function of its own.
      WarnTailcallsIn(x.a, true);
      return;
    default:
      // Arguments of a constructor, a record, a loop, an assertion...:
      // none in tail position.
      for (ast::Id c : ast::ExpressionChildren(*ast_, e)) WarnTailcallsIn(c, false);
      return;
  }
}

}  // namespace mlhint::typing
