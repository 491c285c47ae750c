// The sub-expressions of an expression (parser/ast.h), for the walks over
// the tree that treat most constructs alike: the hints' searches and the
// typer's tail positions.

#include "parser/ast.h"

namespace mlhint::ast {

std::vector<ast::Id> ExpressionChildren(const ast::Ast& tree, ast::Id e) {
  std::vector<ast::Id> out;
  const ast::Expr& x = tree.exprs[e];
  auto add = [&](ast::Id c) {
    if (c != ast::kNone && c < tree.exprs.size()) out.push_back(c);
  };
  auto each = [&](ast::ListRef l, auto&& f) {
    for (const ast::Id* i = tree.begin(l); i != tree.end(l); ++i) f(*i);
  };
  switch (x.kind) {
    case ExprKind::Construct:
      add(x.b);
      break;
    case ExprKind::Tuple:
    case ExprKind::Array:
      each(x.list, add);
      break;
    case ExprKind::Apply:
      add(x.a);
      each(x.list, add);
      break;
    case ExprKind::Let:
      each(x.list, [&](ast::Id b) { add(tree.bindings[b].expr); });
      add(x.a);
      break;
    case ExprKind::LetOp:
      each(x.list, [&](ast::Id b) {
        add(tree.bindings[b].op);
        add(tree.bindings[b].expr);
      });
      add(x.a);
      break;
    case ExprKind::Function:
    case ExprKind::Match:
    case ExprKind::Try:
      add(x.a);
      each(x.list, [&](ast::Id c) {
        add(tree.cases[c].guard);
        add(tree.cases[c].body);
      });
      break;
    case ExprKind::Fun:
      add(x.b);
      break;
    case ExprKind::IfThenElse:
      add(x.a);
      add(x.b);
      add(x.c);
      break;
    case ExprKind::Sequence:
    case ExprKind::While:
      add(x.a);
      add(x.b);
      break;
    case ExprKind::SetField:  // b is the label
      add(x.a);
      add(x.c);
      break;
    case ExprKind::For:
      add(x.b);
      add(x.c);
      add(tree.ForBody(x));
      break;
    case ExprKind::Record:
      add(x.a);
      each(x.list, [&](ast::Id f) { add(tree.record_fields[f].expr); });
      break;
    case ExprKind::Field:
    case ExprKind::Constraint:
    case ExprKind::Assert:
    case ExprKind::Lazy:
    case ExprKind::NewType:
      add(x.a);
      break;
    case ExprKind::LocalOpen:
    case ExprKind::LetException:
    case ExprKind::LetModule:
      add(x.b);
      break;
    default:
      break;
  }
  return out;
}

}  // namespace mlhint::ast
